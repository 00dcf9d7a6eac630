import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { NEXT_STEP_ACTIONS } from '../../../domain/proposals/next-step.ts';
import type { StaffRole } from '../../../domain/staff/staff-role.ts';
import { openDisputesForProposal } from '../../../prisma/disputes/open-disputes-for-proposal.ts';
import { revokeLedgerConnection } from '../../../prisma/ledger-connections/revoke-ledger-connection.ts';
import { saveLedgerConnection } from '../../../prisma/ledger-connections/save-ledger-connection.ts';
import { askFinanceAboutPaymentChecks } from '../../../prisma/payments/ask-finance-about-payment-checks.ts';
import { createProposals } from '../../../prisma/proposals/create-proposals.ts';
import { fakeProposal } from '../../support/fake-proposal.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import type { ConsoleClient } from './support/console-client.ts';
import { receiveStrangerMail } from './support/receive-stranger-mail.ts';
import { seedDisputeHandoff } from './support/seed-dispute.ts';
import { seedEscalatedDispute } from './support/seed-escalated-dispute.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

/** Proposals a person decides (no_action asks nothing of anyone). */
const WAITING_ACTIONS = NEXT_STEP_ACTIONS.filter((action) => action !== 'no_action');

/**
 * The goal "with Slack absent, nothing waits unseen": one of every kind of thing that waits for a
 * person, made as a company without Slack makes it (the Slack worker never runs, the console is
 * set up without SLACK_*), each found in the console by the role that acts on it: the inbox,
 * the triage page, the sales view and the health page.
 */
describe('console without Slack: nothing waits unseen', () => {
  let h: ConsoleHarness;
  const staff = new Map<string, ConsoleClient>();
  const today = amsterdamDate(new Date());
  const waiting = {
    proposals: new Map<string, string>(),
    handoffId: '',
    openDisputeId: '',
    escalatedDisputeId: '',
    strangerMailId: '',
    bankEntryId: '',
    emailOutboxId: '',
    actionNoticeId: '',
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    for (const role of ['finance', 'sales', 'admin'] as StaffRole[]) {
      staff.set(role, (await h.signInAs(`${role}@acme.example`, [role], `Staff ${role}`)).client);
    }
    const db = h.slack.db;
    const prisma = db.prisma;

    // Every proposal kind, waiting for a decision.
    for (const action of WAITING_ACTIONS) {
      const { debtorId, invoiceIds } = await seedDebtor(db, {
        reference: `UNSEEN-${action}`.toUpperCase(),
        name: `Unseen ${action}`,
        invoices: [{ number: `INV-UNSEEN-${action}`, cents: 50_000, dueDate: addDays(today, -30) }],
      });
      const [created] = await createProposals({
        db: prisma,
        proposals: [
          {
            debtorId,
            invoiceId: invoiceIds[0]!,
            messageId: null,
            classificationId: null,
            proposal: fakeProposal(action, { requiresApproval: true, invoiceIds }),
            invoiceIds,
          },
        ],
      });
      waiting.proposals.set(action, created!.proposalId);
    }
    // A reported payment is put to finance once its check window ran out (the scheduler's job, not Slack's).
    await askFinanceAboutPaymentChecks({ prisma, today: addDays(today, 60), now: new Date() });

    // A dispute hand-off not opened yet, an open dispute nobody took, one escalated to finance.
    waiting.handoffId = (
      await seedDisputeHandoff(db, { reference: 'UNSEEN-HANDOFF', accountOwner: null })
    ).handoffId;
    const opened = await seedDisputeHandoff(db, { reference: 'UNSEEN-OPEN', accountOwner: null });
    waiting.openDisputeId = (await openDisputesForProposal({ prisma, proposalId: opened.handoffId }))[0]!;
    waiting.escalatedDisputeId = (await seedEscalatedDispute(db, { reference: 'UNSEEN-ESC' })).disputeId;

    // Mail from nobody we know.
    waiting.strangerMailId = await receiveStrangerMail(db, {
      from: 'someone@unknown-sender.example',
      subject: 'About your letter',
      body: 'We received your letter but do not know this invoice.',
    });

    // Money that was not applied as it came: a provider's payment and a bank statement entry.
    await prisma.providerPayment.create({
      data: {
        id: 'tr_unseen1',
        provider: 'mollie',
        amountCents: 12_345,
        currency: 'EUR',
        status: 'paid',
        outcome: 'needs_review',
        reviewReason: 'the payment names no invoice of ours',
      },
    });
    waiting.bankEntryId = (
      await prisma.bankEntry.create({
        data: {
          account: 'NL00TEST0123456789',
          statementId: 'UNSEEN-1',
          entryRef: 'E1',
          format: 'camt053',
          bookingDate: new Date(`${today}T00:00:00Z`),
          direction: 'credit',
          kind: 'payment',
          amountCents: 54_321,
          currency: 'EUR',
          counterpartyName: 'Onbekend Handel BV',
          remittance: 'betaling zonder kenmerk',
          outcome: 'needs_review',
          reviewReason: 'no invoice number or known account',
          sourceFile: 'unseen-statement.xml',
        },
      })
    ).id;

    // Outbox items given up on: a mail the server refused, a notice with nobody to tell.
    const { debtorId } = await seedDebtor(db, {
      reference: 'UNSEEN-OUTBOX',
      name: 'Unseen Outbox BV',
      invoices: [{ number: 'INV-UNSEEN-OUTBOX', cents: 10_000, dueDate: addDays(today, -10) }],
    });
    const message = await prisma.message.create({
      data: {
        channel: 'email',
        direction: 'outbound',
        externalId: '<unseen-outbox@acme.example>',
        debtorId,
        rawText: 'Reminder',
        status: 'failed',
      },
    });
    const dead = {
      status: 'failed' as const,
      attempts: 8,
      deadAt: new Date(),
      lastError: '550 mailbox unavailable',
    };
    waiting.emailOutboxId = (
      await prisma.emailOutbox.create({
        data: {
          idempotencyKey: 'unseen:mail',
          messageId: message.id,
          debtorId,
          template: 'reminder',
          payload: {},
          ...dead,
        },
      })
    ).id;
    waiting.actionNoticeId = (
      await prisma.actionNotice.create({
        data: {
          idempotencyKey: 'unseen:notice',
          debtorId,
          channel: 'email',
          template: 'reminder',
          params: {},
          status: 'skipped',
          deadAt: new Date(),
          lastError: 'nobody to tell: no e-mail address',
        },
      })
    ).id;

    // The ledger: a grant the package revoked (no Slack to tell), a sync that keeps failing.
    const now = new Date();
    await saveLedgerConnection({
      prisma,
      key: randomBytes(32),
      source: 'exact-online',
      administration: '1234567',
      grant: { accessToken: 'access', refreshToken: 'refresh', expiresAt: new Date(now.getTime() + 600_000) },
      now,
    });
    await revokeLedgerConnection({
      prisma,
      source: 'exact-online',
      reason: 'invalid_grant: the refresh token was revoked',
      now,
      notice: { channel: null, text: 'Exact Online refused the grant' },
    });
    await prisma.ledgerSyncState.create({
      data: {
        source: 'moneybird',
        failingSince: now,
        lastError: 'Moneybird answered 503 Service Unavailable',
      },
    });
  }, 120_000);
  afterAll(async () => h?.close());

  it('shows finance and admin every proposal kind in the inbox; sales the dispute hand-off', async () => {
    for (const role of ['finance', 'admin']) {
      const inbox = (await staff.get(role)!.get('/console')).html;
      for (const [action, id] of waiting.proposals) {
        expect(inbox, `${action} in ${role}'s inbox`).toContain(`id="p-${id}"`);
      }
      expect(inbox).toContain(`id="p-${waiting.handoffId}"`);
    }
    const sales = (await staff.get('sales')!.get('/console')).html;
    expect(sales).toContain(`id="p-${waiting.handoffId}"`);
    // The inbox points finance and admin to what waits elsewhere; sales has nothing to do there.
    for (const role of ['finance', 'admin']) {
      const inbox = (await staff.get(role)!.get('/console')).html;
      expect(inbox).toContain(
        '<a href="/console/triage">3 things wait in triage (mail of no debtor, payments to review)</a>',
      );
      expect(inbox).toContain('<a href="/console/sales#escalated">1 dispute escalated to finance</a>');
    }
    expect(sales).not.toContain('wait in triage');
  });

  it('shows finance and admin the mail that matched no debtor and the payments to review; not sales', async () => {
    for (const role of ['finance', 'admin']) {
      const page = await staff.get(role)!.get('/console/triage');
      expect(page.status).toBe(200);
      expect(page.html).toContain(`id="m-${waiting.strangerMailId}"`);
      expect(page.html).toContain('id="p-tr_unseen1"');
      expect(page.html).toContain('the payment names no invoice of ours');
      expect(page.html).toContain(`id="b-${waiting.bankEntryId}"`);
      expect(page.html).toContain('Onbekend Handel BV');
    }
    expect((await staff.get('finance')!.get('/console/triage')).html).toContain(
      `action="/console/triage/${waiting.strangerMailId}/dismiss"`,
    );
    expect((await staff.get('sales')!.get('/console/triage')).status).toBe(403);
  });

  it('shows sales the open dispute and the hand-off, and everyone the escalated dispute (finance with its forms)', async () => {
    const sales = (await staff.get('sales')!.get('/console/sales')).html;
    expect(sales).toContain(`id="d-${waiting.openDisputeId}"`);
    expect(sales).toContain(`id="h-${waiting.handoffId}"`);
    expect(sales).toContain(`id="d-${waiting.escalatedDisputeId}"`);
    const finance = (await staff.get('finance')!.get('/console/sales')).html;
    expect(finance).toContain(`action="/console/disputes/${waiting.escalatedDisputeId}/hand-back"`);
  });

  it('shows finance and admin the failed outbox items and the revoked ledger grant; not sales', async () => {
    for (const role of ['finance', 'admin']) {
      const page = (await staff.get(role)!.get('/console/health')).html;
      expect(page).toContain(waiting.emailOutboxId);
      expect(page).toContain('550 mailbox unavailable');
      expect(page).toContain(waiting.actionNoticeId);
      expect(page).toContain('revoked on');
      expect(page).toContain('invalid_grant: the refresh token was revoked');
      expect(page).toContain('Reconnect with: collections connect exact-online');
      expect(page).toContain('Moneybird answered 503 Service Unavailable');
    }
    expect((await staff.get('sales')!.get('/console/health')).status).toBe(403);
  });

  it('handed nothing to Slack', async () => {
    expect(await h.slack.db.prisma.slackOutbox.count()).toBe(0);
  });
});
