import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSink } from '../../../bot/inbound/create-email-sink.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { createImapIngester } from '../../../channels/email/imap-ingester.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { buildEml } from '../../support/build-eml.ts';
import { buildPdf } from '../../support/build-pdf.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { imapSettingsOf } from '../../support/imap-settings-of.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { sharedCorpora } from '../../support/shared-corpora.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const CORPORA = join(sharedCorpora('reply-trimming'), '..');
const SECRET = 'test-secret-that-is-at-least-32-characters-long';

function pdfMail(): string {
  const pdf = buildPdf([
    'Betalingsadvies',
    'Factuur INV-2026-0077',
    'Bedrag EUR 484,00',
    'Betaald op 12-11-2026',
  ]);
  const boundary = 'b0und4ry';
  return [
    'From: treasury@acme-payments.example',
    'To: debiteuren@ourcompany.example',
    'Subject: Remittance advice',
    'Message-ID: <pdf-remittance@acme-payments.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find attached our remittance advice. The invoice has already been paid.',
    `--${boundary}`,
    'Content-Type: application/pdf; name="remittance.pdf"',
    'Content-Disposition: attachment; filename="remittance.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe.skipIf(!findDovecot())('email ingestion against Dovecot', () => {
  let dovecot: DovecotServer;
  let db: TestDatabase;
  let ledger: EmailLedger;
  let imap: ImapFlow;
  const logs: string[] = [];
  let deps: EmailDeps;
  const appended: string[] = [];

  const append = async (raw: string | Buffer, label: string) => {
    await imap.append('INBOX', raw);
    appended.push(label);
  };

  beforeAll(async () => {
    // One after the other: PGlite blocks the event loop while it migrates.
    dovecot = await startDovecot();
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db);
    imap = await connectImapClient(dovecot);
    deps = {
      prisma: db.prisma,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: SECRET,
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log: (line) => logs.push(line),
    };
  });

  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await db?.close();
    await dovecot?.stop();
  });

  const ingester = () =>
    createImapIngester({
      settings: imapSettingsOf(dovecot, { pollSeconds: 60, batchSize: 25 }),
      sink: createEmailSink({ deps, sender: null }),
      log: (line) => logs.push(line),
    });

  it('stores every appended mail once: matched, unmatched or failed, never lost', async () => {
    await append(
      buildEml({
        from: 'Jan Jansen <jan@bakkerij-jansen.nl>',
        subject: 'Factuur INV-2026-0042',
        body: 'Goedemiddag,\n\nDeze factuur klopt niet: de levering was niet compleet. Wij betalen pas na een creditnota.\n\nJan',
        messageId: '<dispute-1@bakkerij-jansen.nl>',
      }),
      'dispute',
    );
    // HTML only, Latin-1: the text must come out decoded.
    await append(
      Buffer.concat([
        Buffer.from(
          'From: ap@acme.co.uk\r\nTo: debiteuren@ourcompany.example\r\nSubject: Our payment\r\nMessage-ID: <html-1@acme.co.uk>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<html><body><p>We paid the invoice on 12 November, 484 euro. Regards, Ren',
        ),
        Buffer.from([0xe9]),
        Buffer.from('e</p></body></html>\r\n'),
      ]),
      'html latin-1',
    );
    await append(
      buildEml({
        from: 'someone@bakkerij-jansen.nl',
        subject: 'Vraag',
        body: 'Kunnen we de factuur opnieuw krijgen?',
      }),
      'domain',
    );
    await append(
      buildEml({ from: 'stranger@unknown-company.example', subject: 'Hello', body: 'Who are you?' }),
      'unmatched',
    );
    await append(pdfMail(), 'pdf');
    const same = buildEml({
      from: 'jan@bakkerij-jansen.nl',
      subject: 'Betaling',
      body: 'We betalen volgende week vrijdag.',
      messageId: '<same-1@bakkerij-jansen.nl>',
    });
    await append(same, 'duplicate a');
    await append(same, 'duplicate b (same Message-ID)');
    await append(
      same.replace('<same-1@bakkerij-jansen.nl>', '<same-2@bakkerij-jansen.nl>'),
      'same content, another Message-ID (kept, flagged)',
    );
    await append('\u0000\u0001 this is not a mail at all \r\n', 'garbage');
    const bounces = join(CORPORA, 'auto-replies-and-bounces');
    for (const file of readdirSync(bounces).filter((name) => name.endsWith('.eml'))) {
      await append(readFileSync(join(bounces, file)), file);
    }
    const trimming = join(CORPORA, 'reply-trimming', 'emails');
    for (const file of readdirSync(trimming)) {
      await append(
        buildEml({
          from: 'jan@bakkerij-jansen.nl',
          subject: `Re: ${file}`,
          body: readFileSync(join(trimming, file), 'utf8'),
        }),
        file,
      );
    }

    const watcher = ingester();
    await watcher.start();
    const report = await watcher.syncNow();
    await watcher.stop();

    expect(report.fetched).toBe(appended.length);
    const counts = report.byStatus;
    expect(counts.processed + counts.unmatched + counts.duplicate + counts.failed).toBe(appended.length);
    expect(counts.duplicate).toBeGreaterThanOrEqual(1);

    const messages = await db.prisma.message.findMany({ where: { channel: 'email', direction: 'inbound' } });
    // Every appended mail is either stored or recognised as a duplicate of a stored one.
    expect(messages.length).toBe(appended.length - counts.duplicate);
    const byId = (id: string) => messages.find((message) => message.externalId === id);

    const dispute = byId('<dispute-1@bakkerij-jansen.nl>')!;
    expect(dispute.status).toBe('processed');
    expect(dispute.debtorId).toBe(ledger.jansen.debtorId);
    expect(dispute.invoiceId).toBe(ledger.jansen.invoiceId);
    const disputeProposal = await db.prisma.proposal.findFirst({ where: { messageId: dispute.id } });
    expect(disputeProposal?.action).toBe('handoff_to_sales');

    const html = byId('<html-1@acme.co.uk>')!;
    expect(html.debtorId).toBe(ledger.acme.debtorId);
    expect(html.rawText).toContain('René');
    expect(await db.prisma.classification.count({ where: { messageId: html.id } })).toBe(1);

    const domain = messages.find((message) => message.fromAddress === 'someone@bakkerij-jansen.nl')!;
    expect(domain.debtorId).toBe(ledger.jansen.debtorId);
    expect((domain.headers as Record<string, string>)['x-collections-match']).toMatch(/^domain/);

    const stranger = messages.find((message) => message.fromAddress === 'stranger@unknown-company.example')!;
    expect(stranger.status).toBe('unmatched');
    expect(stranger.debtorId).toBeNull();

    const pdf = byId('<pdf-remittance@acme-payments.example>')!;
    expect(pdf.debtorId).toBe(ledger.acme.debtorId);
    const attachments = await db.prisma.emailAttachment.findMany({ where: { messageId: pdf.id } });
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.contentType).toBe('application/pdf');
    expect(attachments[0]!.extractedText).toContain('INV-2026-0077');

    // Same Message-ID twice: stored once. Same content under another Message-ID: kept and flagged.
    const first = byId('<same-1@bakkerij-jansen.nl>')!;
    expect(messages.filter((message) => message.contentHash === first.contentHash)).toHaveLength(2);
    expect(byId('<same-2@bakkerij-jansen.nl>')!.possibleDuplicateOf).toBe(first.id);

    const failed = messages.filter((message) => message.status === 'failed');
    expect(failed).toHaveLength(counts.failed);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const message of failed) {
      expect(message.failureReason).toBeTruthy();
      expect(message.externalId).toMatch(/^imap:INBOX:\d+:\d+$/);
      expect(await db.prisma.emailRetry.count({ where: { messageId: message.id } })).toBe(1);
    }

    // Bounces and auto-replies from the corpus are stored with their kind, never answered.
    expect(messages.filter((message) => message.kind === 'bounce').length).toBeGreaterThan(10);
    // An answer is keyed by the mail it answers, a carried-out proposal's notice by the proposal.
    const proposals = new Map(
      (await db.prisma.proposal.findMany()).map((proposal) => [proposal.id, proposal.messageId]),
    );
    const answered = (await db.prisma.emailOutbox.findMany()).map((row) =>
      row.idempotencyKey.startsWith('proposal-executed:')
        ? proposals.get(row.idempotencyKey.split(':')[1]!)
        : row.idempotencyKey.replace(/^answer:/, ''),
    );
    expect(answered).toContain(dispute.id);
    for (const id of answered) expect(messages.find((message) => message.id === id)?.kind).toBe('reply');

    // Processed mail is \Seen on the server and the checkpoint is at the last UID.
    const lock = await imap.getMailboxLock('INBOX');
    try {
      const unseen = await imap.search({ seen: false }, { uid: true });
      expect(unseen).toEqual([]);
    } finally {
      lock.release();
    }
    const checkpoint = await db.prisma.emailCheckpoint.findUniqueOrThrow({ where: { mailbox: 'INBOX' } });
    expect(Number(checkpoint.lastUid)).toBe(report.lastUid);
  });

  it('fetches nothing again on the next pass, and picks up new mail', async () => {
    const before = await db.prisma.message.count();
    await append(
      buildEml({ from: 'ap@acme.co.uk', subject: 'Invoice INV-2026-0077', body: 'We will pay on Friday.' }),
      'late',
    );
    const watcher = ingester();
    await watcher.start();
    const report = await watcher.syncNow();
    await watcher.stop();
    expect(report.fetched).toBe(1);
    expect(await db.prisma.message.count()).toBe(before + 1);
  });

  it('retries a failed mail from its stored source and clears the failure when it goes through', async () => {
    const failed = await db.prisma.message.findFirstOrThrow({ where: { status: 'failed' } });
    const retry = await db.prisma.emailRetry.findUniqueOrThrow({ where: { messageId: failed.id } });
    // Simulate a transient failure: replace the stored source with a good mail and make it due.
    // The garbage mail was a dead letter (it cannot be read: no retry), so it is revived too.
    expect(retry.deadAt).not.toBeNull();
    await db.prisma.emailRetry.update({
      where: { messageId: retry.messageId },
      data: {
        deadAt: null,
        nextAttemptAt: new Date(0),
        sourceBase64: Buffer.from(
          buildEml({
            from: 'ap@acme.co.uk',
            subject: 'Retry',
            body: 'Invoice INV-2026-0077 is paid.',
            messageId: '<retry-1@acme.co.uk>',
          }),
        ).toString('base64'),
      },
    });
    const sink = createEmailSink({ deps, sender: null });
    await sink.afterSync?.();
    expect(await db.prisma.message.findUnique({ where: { id: failed.id } })).toBeNull();
    expect(await db.prisma.emailRetry.count({ where: { messageId: failed.id } })).toBe(0);
    const stored = await db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'email', externalId: '<retry-1@acme.co.uk>' } },
    });
    expect(stored.debtorId).toBe(ledger.acme.debtorId);
    expect(
      await db.prisma.auditEvent.count({ where: { type: 'message.retry_succeeded', entityId: stored.id } }),
    ).toBe(1);
  });
});
