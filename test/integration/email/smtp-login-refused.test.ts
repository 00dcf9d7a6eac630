import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendQueuedEmails } from '../../../bot/notices/send-queued-emails.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { queueWordedEmail } from '../../support/queue-worded-email.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

/**
 * A refused login (535: an expired password, a revoked token, a permission not yet granted) says
 * nothing about the mail: it stays in the outbox and goes once the login works, where a 5xx for
 * the mail itself gives it up.
 */
describe('SMTP login refused', () => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  let server: SMTPServer;
  let port = 0;
  let clock = new Date(Date.now() + 1_000);
  const delivered: string[] = [];
  const deps = (): EmailDeps => ({
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: 'login-refused-secret-with-at-least-32-chars',
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Our Company',
    log: () => undefined,
    now: () => clock,
  });
  const senderWith = (password: string) =>
    createSmtpSender({ host: '127.0.0.1', port, secure: false, user: 'debiteuren', password });

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db);
    server = new SMTPServer({
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.password === 'the-right-one') return callback(null, { user: auth.username });
        callback(Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
      },
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          delivered.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.close();
  });

  it('keeps the mail pending through a 535 and sends it once the login works', async () => {
    await queueWordedEmail({
      deps: deps(),
      idempotencyKey: 'test:login-refused',
      content: {
        template: 'po_request',
        companyName: 'Our Company',
        debtorName: 'Bakkerij Jansen',
        invoices: [{ number: 'INV-1', openCents: 100, dueDate: '2026-10-01' }],
      },
      language: 'nl',
      to: ledger.jansen.contact,
      debtorId: ledger.jansen.debtorId,
      invoiceId: null,
      actor: 'test',
    });
    const refused = senderWith('an-expired-one');
    const report = await sendQueuedEmails({ deps: deps(), sender: refused });
    refused.close();
    expect(report).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    const row = await db.prisma.emailOutbox.findUniqueOrThrow({
      where: { idempotencyKey: 'test:login-refused' },
    });
    expect(row.status).toBe('pending');
    expect(row.lastError).toMatch(/535/);
    expect(row.lastError).not.toContain('an-expired-one');

    clock = new Date(row.nextAttemptAt.getTime() + 1);
    const fixed = senderWith('the-right-one');
    expect((await sendQueuedEmails({ deps: deps(), sender: fixed })).sent).toBe(1);
    fixed.close();
    expect(delivered).toEqual([ledger.jansen.contact]);
  });
});
