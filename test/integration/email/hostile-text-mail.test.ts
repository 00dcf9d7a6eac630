import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSink } from '../../../bot/inbound/create-email-sink.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const R = '\uFFFD';
const b64 = (bytes: Buffer) => bytes.toString('base64');

/** A reply from a known contact whose subject, sender name, a header and body carry NUL bytes. */
function nulMail(id: string): Buffer {
  const head = [
    `From: =?utf-8?B?${b64(Buffer.from('Jan\u0000Jansen'))}?= <jan@bakkerij-jansen.nl>`,
    'To: debiteuren@ourcompany.example',
    `Subject: =?utf-8?B?${b64(Buffer.from(`Factuur INV-2026-0042 \u0000 betaald ${id}`))}?=`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0100',
    `Message-ID: <${id}@bakkerij-jansen.nl>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([
    Buffer.from(head),
    Buffer.from(`Wij hebben factuur INV-2026-0042 gisteren betaald.\u0000 Groet, Jan (${id})\r\n`),
  ]);
}

/**
 * The same in UTF-16 with a lone surrogate in the body. The mail decoder already turns it into
 * U+FFFD (this passed before the fix too); it is here so a decoder change cannot bring it back.
 */
function loneSurrogateMail(id: string): Buffer {
  const body = Buffer.from('Factuur INV-2026-0042 betalen wij volgende week \uD800 vrijdag.', 'utf16le');
  return Buffer.from(
    [
      'From: Jan Jansen <jan@bakkerij-jansen.nl>',
      'To: debiteuren@ourcompany.example',
      'Subject: Re: INV-2026-0042',
      'Date: Mon, 23 Nov 2026 10:05:00 +0100',
      `Message-ID: <${id}@bakkerij-jansen.nl>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-16le',
      'Content-Transfer-Encoding: base64',
      '',
      b64(body),
      '',
    ].join('\r\n'),
  );
}

/**
 * Issue 13, defect 1, for mail: text PostgreSQL cannot store (NUL, lone surrogates) in a mail's
 * subject, sender name, headers or body never fails or loses the mail, on the single path and the
 * chunked path alike. The parse step removes control characters such as NUL from mail (they
 * carry nothing a person wrote); a lone surrogate that gets past the decoder becomes U+FFFD at
 * the storage edge.
 */
describe('mail with text the database cannot store', () => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  let sink: ReturnType<typeof createEmailSink>;
  const logs: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db);
    sink = createEmailSink({
      deps: {
        prisma: db.prisma,
        sql: db.sql,
        email: readEmailConfig({}),
        policy: DEFAULT_POLICY,
        companyName: 'Test',
        log: (line) => logs.push(line),
      },
      sender: null,
    });
  });
  afterAll(async () => db?.close());

  const stored = (externalId: string) =>
    db.prisma.message.findFirstOrThrow({
      where: { channel: 'email', externalId: { contains: externalId } },
      select: { status: true, subject: true, rawText: true, debtorId: true, failureReason: true },
    });

  it.each([
    ['one by one', 'nul-single', (mail: Parameters<typeof sink.ingest>[0]) => sink.ingest(mail)],
    [
      'in a chunk',
      'nul-chunk',
      async (mail: Parameters<typeof sink.ingest>[0]) => (await sink.ingestBatch!([mail]))[0],
    ],
  ])('stores a mail with NUL without it, everything else intact (%s)', async (_how, id, ingest) => {
    const status = await ingest({ mailbox: 'INBOX', uidValidity: 1n, uid: id.length, raw: nulMail(id) });
    expect(status).not.toBe('failed');
    const message = await stored(id);
    expect(message.status).not.toBe('failed');
    expect(message.debtorId).toBe(ledger.jansen.debtorId);
    expect(message.subject).toBe(`Factuur INV-2026-0042  betaald ${id}`);
    expect(message.rawText).toContain('betaald. Groet');
    expect(`${message.subject}${message.rawText}`).not.toContain('\u0000');
  });

  it('stores a lone surrogate from a UTF-16 body as U+FFFD', async () => {
    const status = await sink.ingest({
      mailbox: 'INBOX',
      uidValidity: 1n,
      uid: 99,
      raw: loneSurrogateMail('lone-surrogate'),
    });
    expect(status).not.toBe('failed');
    const message = await stored('lone-surrogate');
    expect(message.rawText).toContain(`week ${R} vrijdag`);
  });
});
