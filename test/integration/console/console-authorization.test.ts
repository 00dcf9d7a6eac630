import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ACTION_ROUTES, type ConsoleActionName } from '../../../bot/console/console-action-routes.ts';
import { CONSOLE_PAGE_ROUTES, type ConsolePageName } from '../../../bot/console/console-page-routes.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import type { StaffRole } from '../../../domain/staff/staff-role.ts';
import { openDisputesForProposal } from '../../../prisma/disputes/open-disputes-for-proposal.ts';
import { receiveEmail } from '../slack/support/receive-email.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import type { ConsoleClient } from './support/console-client.ts';
import { importStatement, OUR_ACCOUNT } from './support/import-statement.ts';
import { receiveStrangerMail } from './support/receive-stranger-mail.ts';
import { seedEscalatedDispute } from './support/seed-escalated-dispute.ts';
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
    case 'debtor-act':
      return { path: `/console/debtors/${debtorId}/act`, form: { do: 'resend_invoice' } };
    case 'change':
      return {
        path: `/console/proposals/${proposalId}/change`,
        form: { count: '3', period: 'month', start: addDays(amsterdamDate(new Date()), 10), down: '' },
      };
    case 'open-dispute':
      return { path: `/console/proposals/${proposalId}/open-dispute`, form: {} };
    case 'assign':
      return { path: `/console/proposals/${proposalId}/assign`, form: { to: 'me' } };
    case 'triage':
      return { path: `/console/proposals/${proposalId}/triage`, form: { reason: 'dispute' } };
    case 'outbox-retry':
      throw new Error(`${name} is tested with a dead letter of its own: see the retry table`);
    case 'contact-add':
    case 'contact-change':
      throw new Error(`${name} is for finance and admin: see CONTACT_ROUTES`);
    case 'dispute-take':
    case 'dispute-resolve':
    case 'handoff-take':
    case 'dispute-escalate':
    case 'dispute-hand-back':
    case 'dispute-settle':
      throw new Error(`${name} is a dispute route: see DISPUTE_ROUTES and ESCALATED_ROUTES`);
    case 'mail-assign':
    case 'mail-dismiss':
      throw new Error(`${name} is a triage route: see MAIL_ROUTES`);
    case 'payment-apply':
      throw new Error(`${name} is a bank transfer's route: see the payment-apply table`);
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
  'dispute-take': 'Only sales takes and resolves disputes.',
  'dispute-resolve': 'Only sales takes and resolves disputes.',
  'handoff-take': 'Only sales takes and resolves disputes.',
  'outbox-retry': 'Only finance and admin retry failed outbox items.',
  'debtor-act': 'Only finance decides on proposals.',
  change: 'Only finance decides on proposals.',
  'open-dispute': 'Only finance decides on proposals.',
  triage: 'Only finance decides on proposals.',
  'dispute-escalate': 'Only sales takes and resolves disputes.',
  'dispute-hand-back': 'Only finance takes up escalated disputes.',
  'dispute-settle': 'Only finance takes up escalated disputes.',
  'mail-assign': 'Only finance decides on proposals.',
  'mail-dismiss': 'Only finance decides on proposals.',
  assign: 'Only finance decides on proposals.',
  'payment-apply': 'Only finance decides on proposals.',
  'contact-add': 'Only finance and admin keep contacts.',
  'contact-change': 'Only finance and admin keep contacts.',
};

/** The debtor page's contact forms: finance and admin keep contacts, sales reads them. */
const CONTACT_ROUTES = new Set<ConsoleActionName>(['contact-add', 'contact-change']);

/** Inbox routes whose proposal is not a ladder letter: refusals are checked by the table, what they do by console-inbox-take-up. */
const TAKE_UP_ROUTES = new Set<ConsoleActionName>(['change', 'open-dispute', 'triage']);

/** The sales view's routes: sales takes and resolves disputes (as SLACK_SALES_USERS in Slack); finance and admin do not. */
const DISPUTE_ROUTES = new Set<ConsoleActionName>([
  'dispute-take',
  'dispute-resolve',
  'handoff-take',
  'dispute-escalate',
]);
const SALES_ALLOWED = new Set(['sales', 'sales+finance']);

/** A dispute sales escalated is finance's: handed back to sales, or settled. */
const ESCALATED_ROUTES = new Set<ConsoleActionName>(['dispute-hand-back', 'dispute-settle']);

/** Mail that matched no debtor, assigned or set aside: finance's, as Slack's triage. */
const MAIL_ROUTES = new Set<ConsoleActionName>(['mail-assign', 'mail-dismiss']);

const DISPUTE_WORDS =
  'Hello,\n\nWe will not pay this invoice. Only 8 of the 10 pallets were delivered and two arrived damaged.\n' +
  'Please send a corrected invoice.\n\nRegards,\nJames';

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
  sales: ['sales', 'admin', 'finance', 'sales+finance'],
  triage: ['admin', 'finance', 'sales+finance'],
  'triage-mail': ['admin', 'finance', 'sales+finance'],
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
      clients.set(
        roles.join('+'),
        await h.signInAs(email, roles, `Staff ${roles.join('+') || 'without role'}`),
      );
    }
  }, 60_000);
  afterAll(async () => h?.close());

  /** A debtor of its own for one route and role case (a proposal to escalate, seedEscalation): its reference and id. */
  const seedDebtorOfCase = async (prefix: string, route: string, roles: StaffRole[]) => {
    const reference = `${prefix}-${route}-${roles.join('-') || 'none'}`.toUpperCase();
    const { debtorId } = await h.slack.db.prisma.proposal.findUniqueOrThrow({
      where: { id: await seedEscalation(h.slack.db, reference) },
    });
    return { reference, debtorId };
  };

  for (const route of CONSOLE_ACTION_ROUTES.filter((r) => DISPUTE_ROUTES.has(r.name))) {
    for (const { roles } of CASES) {
      const who = roles.join('+');
      const allowed = SALES_ALLOWED.has(who);
      it(`${route.name} by ${who || 'no role'}: ${allowed ? 'done' : '403, nothing changes'}`, async () => {
        const { debtorId } = await seedDebtorOfCase('DSP', route.name, roles);
        const prisma = h.slack.db.prisma;
        const invoice = await prisma.invoice.findFirstOrThrow({ where: { debtorId } });
        // A real hand-off: the dispute mail goes through the pipeline, which proposes handoff_to_sales.
        const received = await receiveEmail(h.slack.db, {
          debtorId,
          invoiceId: invoice.id,
          from: 'james@northwind.example',
          text: DISPUTE_WORDS,
        });
        expect(received.proposal?.action).toBe('handoff_to_sales');
        const { id: handoffId } = await prisma.proposal.findFirstOrThrow({
          where: { debtorId, action: 'handoff_to_sales' },
        });
        let path: string;
        let form: Record<string, string> = {};
        if (route.name === 'handoff-take') path = `/console/handoffs/${handoffId}/take`;
        else {
          const [disputeId] = await openDisputesForProposal({ prisma, proposalId: handoffId });
          path = `/console/disputes/${disputeId}/${route.name.slice('dispute-'.length)}`;
          if (route.name === 'dispute-resolve')
            form = { outcome: 'rejected', note: 'Delivery note signed for 10 pallets.' };
        }
        expect(route.pattern.test(path)).toBe(true);
        const { client, csrf } = clients.get(who)!;
        const response = await client.post(path, { ...form, csrf });
        const disputes = await prisma.dispute.findMany({ where: { debtorId } });
        const byConsole = await prisma.auditEvent.count({
          where: { actor: { startsWith: 'console:' }, entityId: { in: disputes.map((d) => d.id) } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          expect(response.location).toMatch(/^\/console\/sales\?notice=(taken|resolved|escalated)/);
          expect(disputes).toHaveLength(1);
          expect(disputes[0]!.status).toBe(
            { 'dispute-resolve': 'resolved_stands', 'dispute-escalate': 'escalated' }[route.name as string] ??
              'taken',
          );
          expect(byConsole).toBeGreaterThan(0);
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(disputes.map((d) => d.status)).toEqual(route.name === 'handoff-take' ? [] : ['open']);
          expect(byConsole).toBe(0);
          expect((await prisma.proposal.findUniqueOrThrow({ where: { id: handoffId } })).status).toBe(
            route.name === 'handoff-take' ? 'proposed' : 'executed',
          );
        }
      });
    }
  }

  /** An escalated dispute is finance's: handed back to sales, or settled; sales and admin get a 403. */
  for (const route of CONSOLE_ACTION_ROUTES.filter((r) => ESCALATED_ROUTES.has(r.name))) {
    for (const { roles, allowed } of CASES) {
      const who = roles.join('+');
      it(`${route.name} by ${who || 'no role'}: ${allowed ? 'done' : '403, nothing changes'}`, async () => {
        const reference = `ESC-${route.name}-${roles.join('-') || 'none'}`.toUpperCase();
        const prisma = h.slack.db.prisma;
        const { disputeId } = await seedEscalatedDispute(h.slack.db, { reference });
        const path = `/console/disputes/${disputeId}/${route.name.slice('dispute-'.length)}`;
        expect(route.pattern.test(path)).toBe(true);
        const form: Record<string, string> =
          route.name === 'dispute-settle' ? { outcome: 'rejected', note: 'The contract says so.' } : {};
        const { client, csrf } = clients.get(who)!;
        const response = await client.post(path, { ...form, csrf });
        const dispute = await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } });
        const byConsole = await prisma.auditEvent.count({
          where: { entityId: disputeId, actor: { startsWith: 'console:staff' } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          expect(dispute.status).toBe(route.name === 'dispute-settle' ? 'resolved_stands' : 'taken');
          expect(byConsole).toBe(1);
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(dispute.status).toBe('escalated');
          expect(byConsole).toBe(0);
        }
      });
    }
  }

  /** Mail that matched no debtor: finance assigns it or sets it aside (as Slack's triage); nobody else. */
  for (const route of CONSOLE_ACTION_ROUTES.filter((r) => MAIL_ROUTES.has(r.name))) {
    for (const { roles, allowed } of CASES) {
      const who = roles.join('+');
      it(`${route.name} by ${who || 'no role'}: ${allowed ? 'done' : '403, nothing changes'}`, async () => {
        const { reference, debtorId } = await seedDebtorOfCase('MAIL', route.name, roles);
        const prisma = h.slack.db.prisma;
        const messageId = await receiveStrangerMail(h.slack.db, {
          from: `someone@${reference.toLowerCase()}-stranger.example`,
          subject: 'A question',
          body: 'We cannot pay everything now, can we pay in 2 monthly instalments?',
        });
        const path = `/console/triage/${messageId}/${route.name === 'mail-assign' ? 'assign' : 'dismiss'}`;
        expect(route.pattern.test(path)).toBe(true);
        const form: Record<string, string> =
          route.name === 'mail-assign'
            ? { debtor: debtorId, reason: 'liquidity', contact: '1' }
            : { kind: 'spam', reason: 'table test' };
        const { client, csrf } = clients.get(who)!;
        const response = await client.post(path, { ...form, csrf });
        const message = await prisma.message.findUniqueOrThrow({ where: { id: messageId } });
        const byConsole = await prisma.auditEvent.count({
          where: { entityId: messageId, actor: { startsWith: 'console:' } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          expect(message.status).toBe(route.name === 'mail-assign' ? 'processed' : 'dismissed');
          expect(byConsole).toBe(1);
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(message).toMatchObject({ status: 'unmatched', debtorId: null });
          expect(byConsole).toBe(0);
          expect(await prisma.proposal.count({ where: { messageId } })).toBe(0);
          expect(await prisma.contact.count({ where: { debtorId } })).toBe(1);
        }
      });
    }
  }

  /** A bank transfer waiting for review is placed by finance only (as Slack's payment review). */
  for (const { roles, allowed } of CASES) {
    const who = roles.join('+');
    it(`payment-apply by ${who || 'no role'}: ${allowed ? 'applied' : '403, nothing changes'}`, async () => {
      const reference = `PAY-${who || 'none'}`.toUpperCase().replace('+', '-');
      const prisma = h.slack.db.prisma;
      await seedDebtor(h.slack.db, {
        reference,
        name: `Table ${reference}`,
        invoices: [{ number: `INV-${reference}`, cents: 10_000, dueDate: amsterdamDate(new Date()) }],
      });
      await importStatement(h.slack.db, {
        statementId: `S-${reference}`,
        // Each role's transfer says something else: equal content in two statements is a likely repeat.
        entries: [{ ref: 'E-1', amount: '40.00', name: 'Nobody We Know', ustrd: [`gift ${reference}`] }],
      });
      const entry = await prisma.bankEntry.findFirstOrThrow({ where: { statementId: `S-${reference}` } });
      const path = `/console/payments/${entry.id}/apply`;
      const route = CONSOLE_ACTION_ROUTES.find((r) => r.name === 'payment-apply')!;
      expect(route.pattern.test(path)).toBe(true);
      const { client, csrf } = clients.get(who)!;
      const response = await client.post(path, { csrf, invoice: `INV-${reference}` });
      const invoice = await prisma.invoice.findUniqueOrThrow({ where: { number: `INV-${reference}` } });
      const audited = await prisma.auditEvent.count({
        where: { type: 'payment.review_applied', entityId: `${OUR_ACCOUNT}:S-${reference}:E-1` },
      });
      if (allowed) {
        expect(response.status).toBe(303);
        expect(invoice.openCents).toBe(6_000);
        expect(audited).toBe(1);
      } else {
        expect(response.status).toBe(403);
        expect(response.html).toContain(REFUSAL['payment-apply']);
        expect(invoice.openCents).toBe(10_000);
        expect(audited).toBe(0);
        expect((await prisma.bankEntry.findUniqueOrThrow({ where: { id: entry.id } })).outcome).toBe(
          'needs_review',
        );
      }
    });
  }

  /** Failed outbox items are retried by finance and admin, who see the health page. */
  for (const { roles } of CASES) {
    const who = roles.join('+');
    const allowed = ['finance', 'admin', 'sales+finance'].includes(who);
    it(`outbox-retry by ${who || 'no role'}: ${allowed ? 'requeued' : '403, nothing changes'}`, async () => {
      const prisma = h.slack.db.prisma;
      const key = `auth-retry:${who || 'none'}`;
      await prisma.slackOutbox.create({
        data: {
          idempotencyKey: key,
          method: 'chat.postMessage',
          payload: { text: key },
          status: 'failed',
          attempts: 1,
          deadAt: new Date(),
          lastError: 'channel_not_found',
        },
      });
      const row = await prisma.slackOutbox.findUniqueOrThrow({ where: { idempotencyKey: key } });
      const { client, csrf } = clients.get(who)!;
      const response = await client.post('/console/health/retry', {
        csrf,
        queue: 'slack_outbox',
        key: row.id,
      });
      const after = await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } });
      const audited = await prisma.auditEvent.count({ where: { type: 'outbox.requeued', entityId: row.id } });
      if (allowed) {
        expect(response.status).toBe(303);
        expect(response.location).toBe('/console/health?retried=1&queue=slack_outbox#h-failed');
        expect(after).toMatchObject({ status: 'pending', deadAt: null });
        expect(audited).toBe(1);
      } else {
        expect(response.status).toBe(403);
        expect(response.html).toContain(REFUSAL['outbox-retry']);
        expect(after).toMatchObject({ status: 'failed', attempts: 1 });
        expect(after.deadAt).not.toBeNull();
        expect(audited).toBe(0);
      }
      // Out of the way of the Slack worker of later tests.
      await prisma.slackOutbox.update({ where: { id: row.id }, data: { status: 'sent', deadAt: null } });
    });
  }

  for (const route of CONSOLE_ACTION_ROUTES.filter((r) => CONTACT_ROUTES.has(r.name))) {
    for (const { roles } of CASES) {
      const who = roles.join('+');
      const allowed = ['finance', 'admin', 'sales+finance'].includes(who);
      it(`${route.name} by ${who || 'no role'}: ${allowed ? 'saved and audited' : '403, nothing changes'}`, async () => {
        const prisma = h.slack.db.prisma;
        const { reference, debtorId } = await seedDebtorOfCase('CON', route.name, roles);
        const contact = await prisma.contact.create({
          data: { debtorId, email: `old-${reference.toLowerCase()}@table.example` },
        });
        const path =
          route.name === 'contact-add'
            ? `/console/debtors/${debtorId}/contacts`
            : `/console/debtors/${debtorId}/contacts/${contact.id}`;
        expect(route.pattern.test(path)).toBe(true);
        const emailsOf = async () =>
          (await prisma.contact.findMany({ where: { debtorId }, orderBy: { email: 'asc' } })).map(
            (c) => c.email,
          );
        const before = await emailsOf();
        const { client, csrf } = clients.get(who)!;
        const response = await client.post(path, {
          csrf,
          do: 'save',
          name: 'Table Test',
          email: `new-${reference.toLowerCase()}@table.example`,
          phone: '',
          role: 'accounts_payable',
          language: 'en',
          receivesReminders: 'yes',
        });
        const emails = await emailsOf();
        const audited = await prisma.auditEvent.count({
          where: { type: { startsWith: 'contact.' }, data: { path: ['debtorId'], equals: debtorId } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          expect(response.location).toBe(
            `/console/debtors/${debtorId}?contact=${route.name === 'contact-add' ? 'added' : 'changed'}#h-contacts`,
          );
          expect(emails).toContain(`new-${reference.toLowerCase()}@table.example`);
          expect(audited).toBe(1);
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(emails).toEqual(before);
          expect(audited).toBe(0);
        }
      });
    }
  }

  for (const route of CONSOLE_ACTION_ROUTES.filter((r) => TAKE_UP_ROUTES.has(r.name))) {
    for (const { roles, allowed } of CASES) {
      const who = roles.join('+');
      it(`${route.name} by ${who || 'no role'}: ${allowed ? 'taken up' : '403, nothing changes'}`, async () => {
        const { debtorId } = await seedDebtorOfCase('TKU', route.name, roles);
        const prisma = h.slack.db.prisma;
        const invoice = await prisma.invoice.findFirstOrThrow({ where: { debtorId } });
        const text = {
          change: 'We cannot pay invoice now. Could we pay it in 3 monthly instalments?',
          'open-dispute': DISPUTE_WORDS,
          triage: 'Please call me back about this.',
        }[route.name as 'change' | 'open-dispute' | 'triage'];
        const received = await receiveEmail(h.slack.db, {
          debtorId,
          invoiceId: invoice.id,
          from: 'someone@table.example',
          text,
        });
        const proposalId = received.proposalId!;
        const { path, form } = requestFor(route.name, { proposalId, debtorId });
        const { client, csrf } = clients.get(who)!;
        const response = await client.post(path, { ...form, csrf });
        const after = await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
        const byConsole = await prisma.auditEvent.count({
          where: { actor: { startsWith: 'console:' }, data: { path: ['debtorId'], equals: debtorId } },
        });
        if (allowed) {
          expect(response.status).toBe(303);
          if (route.name === 'change') {
            expect(after.status).toBe('executed');
            expect(await prisma.paymentPlan.count({ where: { proposalId } })).toBe(1);
          } else if (route.name === 'open-dispute') {
            expect(await prisma.dispute.count({ where: { debtorId } })).toBe(1);
          } else expect(after.status).toBe('expired');
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(after.status).toBe('proposed');
          expect(await prisma.dispute.count({ where: { debtorId } })).toBe(0);
          expect(
            await prisma.classification.count({
              where: { decidedBy: { startsWith: 'console:' }, messageId: after.messageId! },
            }),
          ).toBe(0);
          expect(byConsole).toBe(0);
        }
      });
    }
  }

  for (const route of CONSOLE_ACTION_ROUTES.filter(
    (r) =>
      !DISPUTE_ROUTES.has(r.name) &&
      !TAKE_UP_ROUTES.has(r.name) &&
      !ESCALATED_ROUTES.has(r.name) &&
      !MAIL_ROUTES.has(r.name) &&
      !CONTACT_ROUTES.has(r.name) &&
      r.name !== 'outbox-retry' &&
      r.name !== 'payment-apply',
  )) {
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
          } else if (route.name === 'debtor-act') {
            expect(response.location).toMatch(
              new RegExp(`^/console/debtors/${debtorId}\\?done=resend_invoice&proposal=`),
            );
            expect(proposal.status).toBe('proposed');
            const resend = await prisma.proposal.findFirstOrThrow({
              where: { debtorId, action: 'resend_invoice' },
            });
            expect(resend).toMatchObject({
              status: 'executed',
              decidedBy: expect.stringMatching(/^console:/),
            });
          } else if (route.name === 'assign') {
            expect(response.location).toBe('/console?taken=1');
            expect(proposal).toMatchObject({
              status: 'proposed',
              assignedTo: expect.stringMatching(/@acme\.example$/),
            });
          } else expect(proposal.status).toBe(route.name === 'reject' ? 'rejected' : 'executed');
        } else {
          expect(response.status).toBe(403);
          expect(response.html).toContain(REFUSAL[route.name]);
          expect(proposal.status).toBe('proposed');
          expect(proposal.assignedTo).toBeNull();
          expect(pauses).toBe(0);
          expect(await prisma.proposal.count({ where: { debtorId, action: 'resend_invoice' } })).toBe(0);
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
        // The triage pages show mail of no debtor: there the message is one.
        const stranger = route.name.startsWith('triage');
        const message = await prisma.message.create({
          data: {
            channel: 'email',
            direction: 'inbound',
            externalId: `<${proposalId}@table.test>`,
            debtorId: stranger ? null : debtorId,
            subject: stranger ? `Table test PAGE-${route.name}`.toUpperCase() : 'Table test',
            rawText: `Secret words of ${proposalId}`,
            status: stranger ? 'unmatched' : 'processed',
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
          sales: '/console/sales',
          triage: '/console/triage',
          'triage-mail': `/console/triage/${message.id}`,
        }[route.name];
        expect(route.pattern.test(path.split('?')[0]!)).toBe(true);
        const response = await clients.get(who)!.client.get(path);
        if (allowed) {
          expect(response.status).toBe(200);
          // The reports page lists the 25 largest debtors (all equal here); its download lists every one.
          if (route.name === 'reports') expect(response.html).toContain('<svg');
          else if (route.name !== 'health' && route.name !== 'sales')
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
