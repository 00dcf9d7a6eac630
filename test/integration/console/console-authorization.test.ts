import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ACTION_ROUTES, type ConsoleActionName } from '../../../bot/console/console-action-routes.ts';
import { CONSOLE_PAGE_ROUTES, type ConsolePageName } from '../../../bot/console/console-page-routes.ts';
import type { StaffRole } from '../../../domain/staff/staff-role.ts';
import { ConsoleClient } from './support/console-client.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

/** The request each action route answers, for a proposal (and its debtor) of its own. Throws for a route this table does not know. */
function requestFor(
  name: ConsoleActionName,
  { proposalId, debtorId }: { proposalId: string; debtorId: string },
): { path: string; form: Record<string, string> } {
  switch (name) {
    case 'pause':
      return { path: `/console/debtors/${debtorId}/pause`, form: { days: '14', reason: 'table test' } };
    case 'approve':
      return { path: `/console/proposals/${proposalId}/approve`, form: {} };
    case 'reject':
      return { path: `/console/proposals/${proposalId}/reject`, form: {} };
    case 'approve-all':
      return { path: '/console/proposals/approve-all', form: { id: proposalId } };
    default:
      throw new Error(`no request for console action ${name satisfies never}`);
  }
}

/** The text of the 403 for each action route's capability. */
const REFUSAL: Record<ConsoleActionName, string> = {
  approve: 'Only finance decides on proposals.',
  reject: 'Only finance decides on proposals.',
  'approve-all': 'Only finance decides on proposals.',
  pause: 'Only finance pauses dunning.',
};

/** Who may open each page: debtor pages for every role, the health page and the reports for finance and admin. */
const PAGE_ACCESS: Record<ConsolePageName, readonly string[]> = {
  debtors: ['sales', 'admin', 'finance', 'sales+finance'],
  debtor: ['sales', 'admin', 'finance', 'sales+finance'],
  message: ['sales', 'admin', 'finance', 'sales+finance'],
  health: ['admin', 'finance', 'sales+finance'],
  letters: ['sales', 'admin', 'finance', 'sales+finance'],
  'letter-part': ['sales', 'admin', 'finance', 'sales+finance'],
  reports: ['admin', 'finance', 'sales+finance'],
  'report-download': ['admin', 'finance', 'sales+finance'],
};

/** Who may do what: only finance decides and pauses (as SLACK_FINANCE_APPROVERS in Slack). */
const CASES: { roles: StaffRole[]; allowed: boolean }[] = [
  { roles: ['sales'], allowed: false },
  { roles: ['admin'], allowed: false },
  { roles: [], allowed: false },
  { roles: ['finance'], allowed: true },
  { roles: ['sales', 'finance'], allowed: true },
];

describe('console authorization over every action route', () => {
  let h: ConsoleHarness;
  const clients = new Map<string, { client: ConsoleClient; csrf: string }>();

  beforeAll(async () => {
    h = await startConsoleHarness();
    for (const [index, { roles }] of CASES.entries()) {
      const email = `staff${index}@acme.example`;
      await h.addStaff(email, roles, `Staff ${roles.join('+') || 'without role'}`);
      const client = new ConsoleClient(h.baseUrl);
      const { csrf } = await client.signInWithLink(h.smtp, email);
      clients.set(roles.join('+'), { client, csrf });
    }
  }, 60_000);
  afterAll(async () => h?.close());

  for (const route of CONSOLE_ACTION_ROUTES) {
    for (const { roles, allowed } of CASES) {
      it(`${route.name} by ${roles.join('+') || 'no role'}: ${allowed ? 'done' : '403, nothing changes'}`, async () => {
        const proposalId = await seedEscalation(
          h.slack.db,
          `AUTH-${route.name}-${roles.join('-') || 'none'}`.toUpperCase(),
        );
        const { client, csrf } = clients.get(roles.join('+'))!;
        const prisma = h.slack.db.prisma;
        const { debtorId } = await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
        const { path, form } = requestFor(route.name, { proposalId, debtorId });
        const response = await client.post(path, { ...form, csrf });
        const proposal = await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
        const pauses = await prisma.dunningPause.count({
          where: { invoice: { debtorId }, createdBy: { startsWith: 'console:' } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          if (route.name === 'pause') {
            expect(response.location).toMatch(new RegExp(`^/console/debtors/${debtorId}\\?paused=1&until=`));
            expect(pauses).toBe(1);
            expect(proposal.status).toBe('proposed');
          } else expect(proposal.status).toBe(route.name === 'reject' ? 'rejected' : 'executed');
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(proposal.status).toBe('proposed');
          expect(pauses).toBe(0);
          expect(
            await prisma.auditEvent.count({
              where: {
                type: 'dunning.paused',
                actor: { startsWith: 'console:' },
                data: { path: ['debtorId'], equals: debtorId },
              },
            }),
          ).toBe(0);
          expect(
            await h.slack.db.prisma.auditEvent.count({
              where: { entityId: proposalId, type: { startsWith: 'proposal.' } },
            }),
          ).toBe(
            1, // proposal.created only
          );
        }
      });
    }
  }

  for (const route of CONSOLE_PAGE_ROUTES) {
    for (const { roles } of CASES) {
      const who = roles.join('+');
      const allowed = PAGE_ACCESS[route.name].includes(who);
      it(`GET ${route.name} by ${who || 'no role'}: ${allowed ? '200' : '403, nothing shown'}`, async () => {
        const proposalId = await seedEscalation(
          h.slack.db,
          `PAGE-${route.name}-${roles.join('-') || 'none'}`.toUpperCase(),
        );
        const prisma = h.slack.db.prisma;
        const { debtorId } = await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
        const message = await prisma.message.create({
          data: {
            channel: 'email',
            direction: 'inbound',
            externalId: `<${proposalId}@table.test>`,
            debtorId,
            subject: 'Table test',
            rawText: `Secret words of ${proposalId}`,
            status: 'processed',
          },
        });
        const path = {
          debtors: `/console/debtors?q=${encodeURIComponent(`PAGE-${route.name}`)}`,
          debtor: `/console/debtors/${debtorId}`,
          message: `/console/debtors/${debtorId}/messages/${message.id}`,
          health: '/console/health',
          letters: `/console/debtors/${debtorId}/letters`,
          'letter-part': `/console/debtors/${debtorId}/letters/reminder_2.html`,
          reports: '/console/reports',
          'report-download': '/console/reports/aging-debtors.csv',
        }[route.name];
        expect(route.pattern.test(path.split('?')[0]!)).toBe(true);
        const response = await clients.get(who)!.client.get(path);
        if (allowed) {
          expect(response.status).toBe(200);
          // The reports page lists the 25 largest debtors (all equal here); its download lists every one.
          if (route.name === 'reports') expect(response.html).toContain('<svg');
          else if (route.name !== 'health')
            expect(response.html).toContain(`PAGE-${route.name}`.toUpperCase());
        } else {
          expect(response.status).toBe(403);
          expect(response.html).not.toContain(`PAGE-${route.name}`.toUpperCase());
          expect(response.html).not.toContain(proposalId);
          expect(response.html).toContain('Your role does not give access to this page.');
        }
      });
    }
  }

  it('shows sales only the dispute hand-offs, and no decision buttons', async () => {
    const { client } = clients.get('sales')!;
    const inbox = await client.get('/console');
    expect(inbox.status).toBe(200);
    expect(inbox.html).not.toContain('/approve');
    expect(inbox.html).not.toContain('AUTH-');
    const finance = await clients.get('finance')!.client.get('/console');
    expect(finance.html).toContain('/approve');
  });
});
