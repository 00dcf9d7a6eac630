import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveEmails } from '../../../bot/inbound/receive-emails.ts';
import { deliverActionNotices } from '../../../bot/notices/deliver-action-notices.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { createReplyAddress } from '../../../channels/email/create-reply-address.ts';
import type { FetchedMail, IngestStatus } from '../../../channels/email/imap-ingester.ts';
import { loadMessageForTriage } from '../../../prisma/messages/load-message-for-triage.ts';
import { findUndispatchedSlackWork } from '../../../prisma/outbox/find-undispatched-slack-work.ts';
import { DISPUTE_TEXT, LINK_TEXT, MEANT_BY_TEXT, PLAN_TEXT } from '../../support/answered-texts.ts';
import { buildEml } from '../../support/build-eml.ts';
import { buildInboundEmailDeps } from '../../support/build-inbound-email-deps.ts';
import { expectUnderstood } from '../../support/expect-understood.ts';
import { queueWordedEmail } from '../../support/queue-worded-email.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const SECRET = 'sender-authority-secret-with-32-characters-at-least';
const NOW = new Date('2026-11-23T09:30:00Z');
const STRANGER = 'attacker@evil.example';

const DISPUTE = DISPUTE_TEXT;
const PLAN = PLAN_TEXT;
const LINK = LINK_TEXT;
const MEANT = MEANT_BY_TEXT;

let nextUid = 1;
const fetched = (raw: string): FetchedMail => ({
  mailbox: 'INBOX',
  uidValidity: 3n,
  uid: nextUid++,
  raw: Buffer.from(raw),
});

const PATHS: [string, (deps: EmailDeps, mail: FetchedMail) => Promise<IngestStatus>][] = [
  ['a chunk of one', async (deps, mail) => (await receiveEmails({ deps, mails: [mail] }))[0]!.status],
];

describe.each(PATHS)('sender authority, %s', (_label, ingest) => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  let deps: EmailDeps;

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db, NOW);
    deps = buildInboundEmailDeps({ db, secret: SECRET, now: NOW });
  });

  afterAll(async () => {
    await db?.close();
  });

  const receive = async (fields: Parameters<typeof buildEml>[0]) => {
    const messageId = fields.messageId ?? `<${Math.random().toString(36).slice(2)}@mail.example>`;
    const raw = buildEml({ ...fields, messageId });
    const meant = MEANT.get(fields.body ?? '');
    if (!meant) throw new Error('every sample this test sends says what it means (MEANT)');
    await expectUnderstood({ raw, reason: meant, now: NOW });
    const status = await ingest(deps, fetched(raw));
    // The answers owed, delivered as the sink does after the sync.
    await deliverActionNotices({ db, email: deps, log: deps.log });
    const message = await db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'email', externalId: messageId } },
      include: { proposals: true },
    });
    // What the debtor is told about this mail: the notice the planner owes for its proposal (a
    // dispute's acknowledgement, the link of a proposal the policy carried out), by e-mail.
    const notices = await db.prisma.actionNotice.count({
      where: { proposalId: { in: message.proposals.map((p) => p.id) }, channel: 'email' },
    });
    return { status, message, answers: notices };
  };

  const pausesOf = (invoiceId: string) => db.prisma.dunningPause.count({ where: { invoiceId } });

  /** Asserts the mail is on the debtor's timeline, waits for a person with the reason, and did nothing. */
  const expectHeldForPerson = async (
    received: Awaited<ReturnType<typeof receive>>,
    debtorId: string,
    invoiceId: string,
  ) => {
    expect(received.message.debtorId).toBe(debtorId);
    expect(received.answers).toBe(0);
    expect(await pausesOf(invoiceId)).toBe(0);
    expect(received.message.proposals).toHaveLength(1);
    const [proposal] = received.message.proposals;
    expect(proposal).toMatchObject({ action: 'human_review', status: 'proposed', requiresApproval: true });
    expect(proposal!.params).toMatchObject({ reviewReason: 'sender_unverified' });
    expect((received.message.headers as Record<string, string>)['x-collections-sender-authority']).toBe(
      'unverified',
    );
    // The existing Slack triage path picks it up, with the reason in its text.
    const work = await findUndispatchedSlackWork({ prisma: db.prisma, limit: 500 });
    expect(work.triage).toContain(received.message.id);
    const triage = await loadMessageForTriage({ prisma: db.prisma, messageId: received.message.id });
    expect(triage?.why).toMatch(/sender_unverified/);
    expect(await db.prisma.proposal.count({ where: { status: { in: ['approved', 'executed'] } } })).toBe(0);
  };

  it('holds a stranger quoting an invoice number for a person: no answer, no pause, no plan, no link', async () => {
    const dispute = await receive({ from: STRANGER, subject: 'Factuur INV-2026-0042', body: DISPUTE });
    await expectHeldForPerson(dispute, ledger.jansen.debtorId, ledger.jansen.invoiceId);
    const plan = await receive({ from: STRANGER, subject: 'Invoice INV-2026-0077', body: PLAN });
    await expectHeldForPerson(plan, ledger.acme.debtorId, ledger.acme.invoiceId);
    // A contact's address in the display name is not the contact's address.
    const spoofed = await receive({
      from: `"${ledger.acme.contact}" <${STRANGER}>`,
      subject: 'Invoice INV-2026-0077',
      body: LINK,
    });
    await expectHeldForPerson(spoofed, ledger.acme.debtorId, ledger.acme.invoiceId);
    // Another debtor's contact, and someone at the debtor's domain, are no contacts of this debtor.
    const otherDebtor = await receive({
      from: ledger.jansen.contact,
      subject: 'Invoice INV-2026-0077',
      body: LINK,
    });
    await expectHeldForPerson(otherDebtor, ledger.acme.debtorId, ledger.acme.invoiceId);
    const domain = await receive({ from: 'someone@bakkerij-jansen.nl', subject: 'Factuur', body: DISPUTE });
    await expectHeldForPerson(domain, ledger.jansen.debtorId, ledger.jansen.invoiceId);
    expect(await db.prisma.emailOutbox.count()).toBe(0);
  });

  it('answers the same texts from the known contact, compared case-insensitively on the bare address', async () => {
    const dispute = await receive({
      from: 'Jan Jansen <Jan@Bakkerij-Jansen.NL>',
      subject: 'Factuur INV-2026-0042',
      body: DISPUTE,
    });
    expect(dispute.message.proposals[0]?.action).toBe('handoff_to_sales');
    expect(dispute.answers).toBe(1);
    // The acknowledgement is queued as the answer to that mail.
    expect(
      await db.prisma.emailOutbox.count({
        where: { idempotencyKey: `answer:${dispute.message.id}`, template: 'dispute_acknowledgement' },
      }),
    ).toBe(1);
    expect(await pausesOf(ledger.jansen.invoiceId)).toBe(1);
    const link = await receive({ from: 'AP@acme.co.uk', subject: 'Invoice INV-2026-0077', body: LINK });
    expect(link.message.proposals[0]?.action).toBe('send_payment_link');
    expect(link.answers).toBe(1);
  });

  it('lets anyone answer through a signed reply address or the thread of a mail we sent', async () => {
    const reminder = await queueWordedEmail({
      deps,
      idempotencyKey: `dunning:authority-${Math.random()}`,
      content: {
        template: 'reminder',
        companyName: 'Our Company',
        debtorName: 'Acme Ltd',
        invoices: [{ number: 'INV-2026-0077', openCents: 48_400, dueDate: '2026-11-03' }],
        stepLabel: 'Reminder',
        paymentLink: null,
      },
      language: 'en',
      to: ledger.acme.contact,
      debtorId: ledger.acme.debtorId,
      invoiceId: ledger.acme.invoiceId,
      actor: 'test',
    });
    const outbound = await db.prisma.message.findUniqueOrThrow({ where: { id: reminder.messageId } });
    const token = await receive({
      from: STRANGER,
      to: createReplyAddress({
        from: 'debiteuren@ourcompany.example',
        secret: SECRET,
        outboundMessageId: outbound.id,
      }),
      subject: 'Payment',
      body: LINK,
    });
    expect((token.message.headers as Record<string, string>)['x-collections-sender-authority']).toBe(
      'reply_token',
    );
    expect(token.message.proposals[0]?.action).toBe('send_payment_link');
    expect(token.answers).toBe(1);
    const thread = await receive({
      from: 'colleague@acme-finance.example',
      subject: 'Re: Reminder',
      body: PLAN,
      headers: { 'In-Reply-To': outbound.externalId, References: outbound.externalId },
    });
    expect((thread.message.headers as Record<string, string>)['x-collections-sender-authority']).toBe(
      'thread',
    );
    expect(thread.message.proposals[0]?.action).toBe('offer_payment_plan');
    expect(thread.answers).toBe(1);
  });
});
