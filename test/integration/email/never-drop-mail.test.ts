import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEmails } from '../../../bot/inbound/ingest-emails.ts';
import { receiveEmails } from '../../../bot/inbound/receive-emails.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import type { FetchedMail, IngestStatus } from '../../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { loadDebtorTimeline } from '../../../prisma/debtors/load-debtor-timeline.ts';
import { buildEml } from '../../support/build-eml.ts';
import { buildPdf } from '../../support/build-pdf.ts';
import { queueWordedEmail } from '../../support/queue-worded-email.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const NOW = new Date('2026-11-23T09:30:00Z');

/** A payment advice: the same cover text every time, a different PDF and Message-ID and date. */
function paymentAdvice(n: number): string {
  const boundary = `advice-${n}`;
  const pdf = buildPdf(['Betalingsadvies', `Batch ${n}`, 'Factuur INV-2026-0077', `Bedrag EUR ${n}00,00`]);
  return [
    'From: ap@acme.co.uk',
    'To: debiteuren@ourcompany.example',
    'Subject: Payment advice',
    `Date: Mon, ${16 + n} Nov 2026 10:00:00 +0100`,
    `Message-ID: <advice-${n}@acme.co.uk>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find attached our payment advice for invoice INV-2026-0077.',
    `--${boundary}`,
    'Content-Type: application/pdf; name="advice.pdf"',
    'Content-Disposition: attachment; filename="advice.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const reply = (messageId: string | null, body = 'We will pay invoice INV-2026-0077 on Friday.') =>
  buildEml({ from: 'ap@acme.co.uk', subject: 'Invoice INV-2026-0077', body, messageId });

type Ingest = (deps: EmailDeps, mails: FetchedMail[]) => Promise<IngestStatus[]>;
const PATHS: [string, Ingest][] = [
  [
    'one by one (chunks of one)',
    async (deps, mails) => {
      const statuses: IngestStatus[] = [];
      for (const mail of mails) statuses.push((await receiveEmails({ deps, mails: [mail] }))[0]!.status);
      return statuses;
    },
  ],
  [
    'in a chunk',
    async (deps, mails) => (await receiveEmails({ deps, mails })).map((received) => received.status),
  ],
];

describe.each(PATHS)('never drop mail, %s', (_label, ingest) => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  let deps: EmailDeps;
  let uid = 1;
  const fetched = (raw: string, at = uid++): FetchedMail => ({
    mailbox: 'INBOX',
    uidValidity: 9n,
    uid: at,
    raw: Buffer.from(raw),
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db, NOW);
    deps = {
      prisma: db.prisma,
      sql: db.sql,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'never-drop-secret-with-at-least-32-characters',
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log: () => undefined,
      now: () => NOW,
    };
  });

  afterAll(async () => {
    await db?.close();
  });

  const inbound = () =>
    db.prisma.message.findMany({
      where: { channel: 'email', direction: 'inbound' },
      orderBy: { createdAt: 'asc' },
      include: { proposals: true },
    });

  it('stores two payment advices with the same text but other PDFs, Message-IDs and dates', async () => {
    const statuses = await ingest(deps, [fetched(paymentAdvice(1)), fetched(paymentAdvice(2))]);
    expect(statuses).toEqual(['processed', 'processed']);
    const stored = await inbound();
    expect(stored.map((message) => message.externalId)).toEqual([
      '<advice-1@acme.co.uk>',
      '<advice-2@acme.co.uk>',
    ]);
    // Different attachments: not even a possible duplicate.
    expect(stored.map((message) => message.possibleDuplicateOf)).toEqual([null, null]);
    expect(new Set(stored.map((message) => message.contentHash)).size).toBe(2);
    expect(await db.prisma.emailAttachment.count()).toBe(2);
  });

  it('keeps the same content under another Message-ID, flagged and on the timeline, proposing nothing twice', async () => {
    const statuses = await ingest(deps, [
      fetched(reply('<same-1@acme.co.uk>')),
      fetched(reply('<same-2@acme.co.uk>')),
    ]);
    expect(statuses).toEqual(['processed', 'processed']);
    const first = (await inbound()).find((message) => message.externalId === '<same-1@acme.co.uk>')!;
    const second = (await inbound()).find((message) => message.externalId === '<same-2@acme.co.uk>')!;
    expect(second.possibleDuplicateOf).toBe(first.id);
    expect(second.contentHash).toBe(first.contentHash);
    expect(first.proposals).toHaveLength(1);
    expect(second.proposals).toHaveLength(0);
    const timeline = await loadDebtorTimeline({ prisma: db.prisma, debtorId: ledger.acme.debtorId });
    expect(timeline!.entries.filter((entry) => entry.possibleDuplicate)).toHaveLength(1);
    // Fetched again (a crash before \Seen): the same mail, stored once.
    expect(await ingest(deps, [fetched(reply('<same-2@acme.co.uk>'))])).toEqual(['duplicate']);
    expect((await inbound()).filter((message) => message.externalId.startsWith('<same-'))).toHaveLength(2);
  });

  it('tells mails without a Message-ID apart by their UID, and knows a UID it stored', async () => {
    const before = (await inbound()).length;
    const raw = reply(null, 'Invoice INV-2026-0077 is paid, see our bank statement.');
    const [a, b] = [fetched(raw), fetched(raw)];
    expect(await ingest(deps, [a, b])).toEqual(['processed', 'processed']);
    const stored = (await inbound()).slice(before);
    expect(stored).toHaveLength(2);
    expect(stored[0]!.externalId).toMatch(new RegExp(`^<no-message-id\\.INBOX\\.9\\.${a.uid}\\.`));
    expect(stored[1]!.possibleDuplicateOf).toBe(stored[0]!.id);
    expect(await ingest(deps, [fetched(raw, b.uid)])).toEqual(['duplicate']);
    expect(await inbound()).toHaveLength(before + 2);
  });

  it('keeps a different mail that reuses a stored Message-ID, under that id plus its hash', async () => {
    const before = (await inbound()).length;
    const reused = reply(
      '<reused@acme.co.uk>',
      'Invoice INV-2026-0077: we dispute the amount, the delivery was incomplete.',
    );
    expect(await ingest(deps, [fetched(reply('<reused@acme.co.uk>')), fetched(reused)])).toEqual([
      'processed',
      'processed',
    ]);
    const stored = (await inbound()).slice(before);
    expect(stored.map((message) => message.externalId)).toEqual([
      '<reused@acme.co.uk>',
      expect.stringMatching(/^<reused@acme\.co\.uk>#[0-9a-f]{16}$/),
    ]);
    expect(stored[1]!.possibleDuplicateOf).toBe(stored[0]!.id);
    expect(await ingest(deps, [fetched(reused)])).toEqual(['duplicate']);
    expect(await inbound()).toHaveLength(before + 2);
  });

  it('keeps an inbound mail that carries the Message-ID of one of our own mails', async () => {
    const ours = await queueWordedEmail({
      deps,
      idempotencyKey: `dunning:echo-${Math.random()}`,
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
    const outbound = await db.prisma.message.findUniqueOrThrow({ where: { id: ours.messageId } });
    const before = (await inbound()).length;
    expect(
      await ingest(deps, [fetched(reply(outbound.externalId, 'Invoice INV-2026-0077 was paid today.'))]),
    ).toEqual(['processed']);
    const stored = (await inbound()).slice(before);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.externalId.startsWith(`${outbound.externalId}#`)).toBe(true);
    expect(stored[0]!.possibleDuplicateOf).toBe(outbound.id);
  });

  it('carries out what the policy decided for a mail stored before a crash when it comes again, once', async () => {
    const messageId = `<stored-before-crash-${uid}@acme.co.uk>`;
    const mail = fetched(reply(messageId, 'We will pay invoice INV-2026-0077 next Tuesday.'));
    // The process dies after the store, before the follow-ups: stored, nothing carried out yet.
    expect((await ingestEmails({ deps, mails: [mail] })).map(({ status }) => status)).toEqual(['processed']);
    const [before] = (await inbound()).filter((message) => message.externalId === messageId);
    expect(before!.proposals).toHaveLength(1);
    const proposal = before!.proposals[0]!;
    expect(proposal).toMatchObject({ requiresApproval: false, status: 'proposed' });
    const notices = () => db.prisma.actionNotice.count({ where: { proposalId: proposal.id } });
    expect(await notices()).toBe(0);
    // The checkpoint did not move: the same mail comes again, a replay that redoes the follow-ups.
    expect(await ingest(deps, [mail])).toEqual(['duplicate']);
    const status = () => db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect((await status()).status).toBe('executed');
    expect(await notices()).toBe(1);
    // Again (another crash before the checkpoint): nothing is carried out twice.
    expect(await ingest(deps, [mail])).toEqual(['duplicate']);
    expect(await notices()).toBe(1);
    expect(
      (await inbound()).filter((message) => message.externalId === messageId)[0]!.proposals,
    ).toHaveLength(1);
  });

  it("records a mail's attachments in the store's own transaction", async () => {
    const [stored] = await ingestEmails({ deps, mails: [fetched(paymentAdvice(3))] });
    expect(stored?.status).toBe('processed');
    const message = (await inbound()).find((entry) => entry.externalId === '<advice-3@acme.co.uk>')!;
    const attachments = await db.prisma.emailAttachment.findMany({ where: { messageId: message.id } });
    expect(attachments.map(({ filename }) => filename)).toEqual(['advice.pdf']);
  });
});
