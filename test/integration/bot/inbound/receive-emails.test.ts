import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEmails } from '../../../../bot/inbound/ingest-emails.ts';
import { receiveEmails } from '../../../../bot/inbound/receive-emails.ts';
import type { EmailDeps } from '../../../../bot/server/email-deps.ts';
import type { FetchedMail } from '../../../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { buildEml } from '../../../support/build-eml.ts';
import { buildPdf } from '../../../support/build-pdf.ts';
import { seedEmailLedger } from '../../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

const NOW = new Date('2026-11-23T09:30:00Z');
/** A text the policy carries out by itself from the known contact (see sender-authority). */
const LINK = 'Sorry, we forgot invoice INV-2026-0077. Please send a payment link.';

let nextUid = 1;
const fetched = (raw: string): FetchedMail => ({
  mailbox: 'INBOX',
  uidValidity: 5n,
  uid: nextUid++,
  raw: Buffer.from(raw),
});

function withPdf(messageId: string): string {
  const boundary = 'receive-emails-boundary';
  const pdf = buildPdf(['Betalingsadvies', 'Factuur INV-2026-0077', 'Bedrag EUR 100,00']);
  return [
    'From: ap@acme.co.uk',
    'To: debiteuren@ourcompany.example',
    'Subject: Payment advice',
    'Date: Mon, 23 Nov 2026 10:00:00 +0100',
    `Message-ID: ${messageId}`,
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

describe('a chunk of mail stored, then followed up (receiveEmails)', () => {
  let db: TestDatabase;
  let deps: EmailDeps;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedEmailLedger(db, NOW);
    deps = {
      prisma: db.prisma,
      sql: db.sql,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: 'receive-emails-secret-with-32-characters-at-least',
        EMAIL_PAYMENT_LINK_URL: 'https://pay.ourcompany.example/{invoice}',
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

  const storedMessage = (messageId: string) =>
    db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'email', externalId: messageId } },
      include: { proposals: true },
    });

  it('carries out what the policy decided for a mail stored before a crash when it comes again, once', async () => {
    const messageId = '<link-before-crash@acme.co.uk>';
    const mail = fetched(
      buildEml({ from: 'ap@acme.co.uk', subject: 'Invoice INV-2026-0077', body: LINK, messageId }),
    );
    // The process dies after the store, before the follow-ups: the mail is stored, nothing carried out.
    const [stored] = await ingestEmails({ deps, mails: [mail] });
    expect(stored?.status).toBe('processed');
    const before = await storedMessage(messageId);
    expect(before.proposals).toHaveLength(1);
    expect(before.proposals[0]).toMatchObject({ requiresApproval: false, status: 'proposed' });
    const notices = () => db.prisma.actionNotice.count({ where: { proposalId: before.proposals[0]!.id } });
    expect(await notices()).toBe(0);

    // The checkpoint did not move: the same mail comes again, a replay that redoes the follow-ups.
    const [again] = await receiveEmails({ deps, mails: [mail] });
    expect(again).toEqual({ status: 'duplicate', messageId: before.id });
    const after = await storedMessage(messageId);
    expect(after.proposals[0]!.status).toBe('executed');
    expect(await notices()).toBe(1);

    // And once more (another crash before the checkpoint): nothing is carried out twice.
    await receiveEmails({ deps, mails: [mail] });
    expect((await storedMessage(messageId)).proposals).toHaveLength(1);
    expect(await notices()).toBe(1);
  });

  it("records a mail's attachments with the message, in the store itself", async () => {
    const messageId = '<advice-stored@acme.co.uk>';
    await ingestEmails({ deps, mails: [fetched(withPdf(messageId))] });
    const message = await storedMessage(messageId);
    const attachments = await db.prisma.emailAttachment.findMany({ where: { messageId: message.id } });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ filename: 'advice.pdf', contentType: 'application/pdf' });
  });
});
