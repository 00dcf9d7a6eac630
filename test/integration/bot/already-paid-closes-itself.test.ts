import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusinessDays } from '../../../domain/calendar/add-business-days.ts';
import { addDays } from '../../../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { findUndispatchedSlackWork } from '../../../prisma/outbox/find-undispatched-slack-work.ts';
import { askFinanceAboutPaymentChecks } from '../../../prisma/payments/ask-finance-about-payment-checks.ts';
import { createProposals } from '../../../prisma/proposals/create-proposals.ts';
import { loadOpenProposals } from '../../../prisma/proposals/load-open-proposals.ts';
import { buildCamt053 } from '../../support/build-camt053.ts';
import { ledgerCsvOf } from '../../support/ledger-csv-of.ts';
import { type CliTestbed, startCliTestbed } from '../../support/start-cli-testbed.ts';

const LEDGER = [
  'PAID,Paid Already B.V.,company,nl,ap@paid.example,,,AP-1001,2026-10-01,2026-11-01,450.00,450.00,EUR,',
  'NONE,Nothing Came B.V.,company,en,ap@none.example,,,AP-2001,2026-10-01,2026-11-01,300.00,300.00,EUR,',
  'PART,Part Payer B.V.,company,nl,ap@part.example,,,AP-3001,2026-10-01,2026-11-01,800.00,800.00,EUR,',
  'PART,Part Payer B.V.,company,nl,ap@part.example,,,AP-3002,2026-10-05,2026-11-05,200.00,200.00,EUR,',
  'HALF,Half Payer B.V.,company,nl,ap@half.example,,,AP-4001,2026-10-01,2026-11-01,500.00,500.00,EUR,',
];
/** The day the debtors wrote. */
const REPORTED = '2026-12-01';
const WINDOW_END = addBusinessDays(REPORTED, DEFAULT_POLICY.alreadyPaid.pauseBusinessDays);

/**
 * "Already paid" closes itself (issue 18): a debtor says they paid; the matching transfer in the
 * bank statement resolves the check through the one recording path, the debtor is thanked and
 * finance sees nothing; without a payment finance is asked once, when the window runs out, with
 * the debtor's words and the search. On PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
describe('already paid closes itself (import-bank through the real CLI, on a real database)', () => {
  let bed: CliTestbed;

  /** What the policy stores when a debtor writes they paid (a check_payment with its pause), from their mail. */
  async function saysPaid(
    numbers: readonly string[],
    words: string,
    reported: { paidOn: string; amountCents: number | null },
  ): Promise<string> {
    return bed.inDb(async (db) => {
      const invoices = await db.prisma.invoice.findMany({
        where: { number: { in: [...numbers] } },
        orderBy: { number: 'asc' },
      });
      const debtorId = invoices[0]!.debtorId;
      const message = await db.prisma.message.create({
        data: {
          debtorId,
          channel: 'email',
          direction: 'inbound',
          externalId: `<${numbers.join('-')}@debtor.example>`,
          rawText: words,
          status: 'processed',
          receivedAt: new Date(`${REPORTED}T09:00:00Z`),
        },
      });
      const [created] = await db.prisma.$transaction((tx) =>
        createProposals({
          db: tx,
          proposals: [
            {
              debtorId,
              // The invoice the mail was matched to (its subject names the first).
              invoiceId: invoices[0]!.id,
              messageId: message.id,
              classificationId: null,
              invoiceIds: invoices.map((invoice) => invoice.id),
              proposal: {
                action: 'check_payment',
                rationale: `Debtor says ${numbers.join(', ')} is paid. Look for the payment in the bank statements.`,
                requiresApproval: true,
                pause: { until: WINDOW_END, reason: 'checking a reported payment' },
                params: {
                  invoiceIds: invoices.map((invoice) => invoice.id),
                  replyLanguage: 'nl',
                  paidOn: reported.paidOn,
                  amountCents: reported.amountCents,
                  iban: null,
                },
              },
            },
          ],
        }),
      );
      return created!.proposalId;
    });
  }
  const proposal = (id: string) => bed.inDb((db) => db.prisma.proposal.findUniqueOrThrow({ where: { id } }));
  const notices = (proposalId: string) =>
    bed.inDb((db) => db.prisma.actionNotice.findMany({ where: { proposalId } }));
  const financeWork = () =>
    bed.inDb(async (db) => ({
      slack: (await findUndispatchedSlackWork({ prisma: db.prisma })).approvals,
      console: (await loadOpenProposals({ db: db.prisma })).map((open) => open.id),
    }));
  const ask = (today: string) =>
    bed.inDb((db) =>
      askFinanceAboutPaymentChecks({ prisma: db.prisma, today, now: new Date(`${today}T07:00:00Z`) }),
    );

  let paidCheck: string;
  let silentCheck: string;
  let partCheck: string;
  let halfCheck: string;

  beforeAll(async () => {
    bed = await startCliTestbed({ prefix: 'already-paid-', ledgerCsv: ledgerCsvOf(LEDGER) });
    paidCheck = await saysPaid(['AP-1001'], 'Wij hebben AP-1001 op 30 november overgemaakt, 450 euro.', {
      paidOn: '2026-11-30',
      amountCents: 45_000,
    });
    silentCheck = await saysPaid(['AP-2001'], 'We paid invoice AP-2001 last week, please check.', {
      paidOn: '2026-11-27',
      amountCents: null,
    });
    partCheck = await saysPaid(['AP-3001', 'AP-3002'], 'Beide facturen zijn betaald, samen 1000 euro.', {
      paidOn: '2026-11-30',
      amountCents: 100_000,
    });
    halfCheck = await saysPaid(['AP-4001'], 'AP-4001 is betaald.', {
      paidOn: '2026-11-30',
      amountCents: null,
    });
  });
  afterAll(async () => bed?.drop());

  it('while the window runs finance sees none of the checks', async () => {
    const work = await financeWork();
    for (const id of [paidCheck, silentCheck, partCheck, halfCheck]) {
      expect(work.slack).not.toContain(id);
      expect(work.console).not.toContain(id);
    }
    expect(await ask(addDays(WINDOW_END, -1))).toEqual({ asked: 0 });
  });

  it('the matching transfer resolves the check, the debtor is thanked, partial payment leaves its check open; re-import changes nothing', async () => {
    const statement = buildCamt053({
      version: '08',
      statementId: '2026-12-02-001',
      entries: [
        {
          ref: 'P1',
          amount: '450.00',
          bookingDate: '2026-12-02',
          name: 'Paid Already BV',
          ustrd: ['AP-1001'],
        },
        { ref: 'P2', amount: '800.00', bookingDate: '2026-12-02', name: 'Part Payer BV', ustrd: ['AP-3001'] },
        { ref: 'P3', amount: '200.00', bookingDate: '2026-12-02', name: 'Half Payer BV', ustrd: ['AP-4001'] },
      ],
    });
    const where = bed.file('statement.xml', statement);
    const first = await bed.run(['import-bank', where]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    const resolved = await proposal(paidCheck);
    expect(resolved).toMatchObject({ status: 'executed', decidedBy: 'provider:bank' });
    const [thanks, ...more] = await notices(paidCheck);
    expect(more).toHaveLength(0);
    expect(thanks).toMatchObject({
      template: 'payment_received',
      channel: 'email',
      idempotencyKey: `proposal-executed:${paidCheck}:payment_received`,
    });
    expect(thanks!.params).toMatchObject({
      language: 'nl',
      amountCents: 45_000,
      invoices: [{ number: 'AP-1001', openCents: 0 }],
    });
    // Nothing left for finance about it, and the pause it set was lifted with the payment.
    const work = await financeWork();
    expect(work.slack).not.toContain(paidCheck);
    expect(work.console).not.toContain(paidCheck);
    expect(
      await bed.inDb((db) =>
        db.prisma.dunningPause.count({ where: { createdBy: `proposal:${paidCheck}`, liftedAt: null } }),
      ),
    ).toBe(0);

    // AP-3001 is paid but AP-3002 is not: the check the debtor made for both stays open, silent.
    expect(await proposal(partCheck)).toMatchObject({ status: 'proposed', decidedBy: null });
    expect(await notices(partCheck)).toHaveLength(0);
    // 200.00 of AP-4001's 500.00: a part payment leaves the check open too.
    expect(await proposal(halfCheck)).toMatchObject({ status: 'proposed', decidedBy: null });
    expect(await notices(halfCheck)).toHaveLength(0);

    const before = await bed.inDb(async (db) => ({
      payments: await db.prisma.payment.count(),
      notices: await db.prisma.actionNotice.count(),
      audit: await db.prisma.auditEvent.count(),
    }));
    const again = await bed.run(['import-bank', where]);
    expect(again.code).toBe(0);
    expect(
      await bed.inDb(async (db) => ({
        payments: await db.prisma.payment.count(),
        notices: await db.prisma.actionNotice.count(),
        audit: await db.prisma.auditEvent.count(),
      })),
    ).toEqual(before);
    expect(await proposal(paidCheck)).toMatchObject({ status: 'executed', updatedAt: resolved.updatedAt });
  });

  it('at the window’s end finance is asked once, with the debtor’s words and what was searched', async () => {
    expect(await ask(WINDOW_END)).toEqual({ asked: 3 });
    const silent = await proposal(silentCheck);
    expect(silent.status).toBe('proposed');
    expect(silent.rationale).toContain('The debtor said: "We paid invoice AP-2001 last week, please check."');
    expect(silent.rationale).toContain(`Searched 2026-11-24 to ${WINDOW_END} for €300.00 or "AP-2001"`);
    expect(silent.rationale).toContain('bank statements (3 entries on NL91ABNA0417164300)');
    expect(silent.rationale).toContain('No payment was booked on it.');

    const part = await proposal(partCheck);
    expect(part.rationale).toContain('The debtor said: "Beide facturen zijn betaald, samen 1000 euro."');
    expect(part.rationale).toMatch(
      /Booked: €800\.00 \(bank, 2026-12-0\d\), €800\.00 in all; still open €200\.00\./u,
    );

    expect((await proposal(halfCheck)).rationale).toMatch(
      /Booked: €200\.00 \(bank, 2026-12-0\d\), €200\.00 in all; still open €300\.00\./u,
    );

    const work = await financeWork();
    expect(work.slack).toEqual(expect.arrayContaining([silentCheck, partCheck, halfCheck]));
    expect(work.console).toEqual(expect.arrayContaining([silentCheck, partCheck, halfCheck]));
    expect(work.slack).not.toContain(paidCheck);

    // Never again: the next business days, and a second run the same day, ask nothing.
    expect(await ask(WINDOW_END)).toEqual({ asked: 0 });
    expect(await ask(addBusinessDays(WINDOW_END, 1))).toEqual({ asked: 0 });
    expect(
      await bed.inDb((db) =>
        db.prisma.auditEvent.count({ where: { type: 'payment_check.asked', entityId: silentCheck } }),
      ),
    ).toBe(1);
  });

  it('a payment after finance was asked still resolves the check, and its Slack message is updated', async () => {
    // The approval request the Slack dispatch posts for the check.
    await bed.inDb((db) =>
      db.prisma.slackOutbox.create({
        data: {
          idempotencyKey: `approval:${silentCheck}`,
          method: 'chat.postMessage',
          messageKey: `approval:${silentCheck}`,
          payload: {},
          status: 'sent',
        },
      }),
    );
    const late = buildCamt053({
      version: '08',
      statementId: '2026-12-04-001',
      entries: [
        {
          ref: 'L1',
          amount: '300.00',
          bookingDate: '2026-12-04',
          name: 'Nothing Came BV',
          ustrd: ['AP-2001'],
        },
      ],
    });
    expect((await bed.run(['import-bank', bed.file('late.xml', late)])).code).toBe(0);
    expect(await proposal(silentCheck)).toMatchObject({ status: 'executed', decidedBy: 'provider:bank' });
    expect((await notices(silentCheck)).map((n) => n.template)).toEqual(['payment_received']);
    const work = await bed.inDb((db) => findUndispatchedSlackWork({ prisma: db.prisma }));
    expect(work.decided, 'the approval message is updated to say it was carried out').toContain(silentCheck);
    expect(work.approvals).not.toContain(silentCheck);
  });
});
