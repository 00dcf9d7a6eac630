import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ACTION_ROUTES, type ConsoleActionName } from '../../../bot/console/console-action-routes.ts';
import type { StaffRole } from '../../../domain/staff/staff-role.ts';
import { ConsoleClient } from './support/console-client.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

/** The request each action route answers, for a proposal of its own. Throws for a route this table does not know. */
function requestFor(
  name: ConsoleActionName,
  proposalId: string,
): { path: string; form: Record<string, string> } {
  switch (name) {
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

/** Who may do what: only finance decides (as SLACK_FINANCE_APPROVERS in Slack). */
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
        const { path, form } = requestFor(route.name, proposalId);
        const response = await client.post(path, { ...form, csrf });
        const proposal = await h.slack.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
        if (allowed) {
          expect(response.status).toBe(303);
          expect(proposal.status).toBe(route.name === 'reject' ? 'rejected' : 'executed');
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain('Only finance decides on proposals.');
          expect(proposal.status).toBe('proposed');
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
