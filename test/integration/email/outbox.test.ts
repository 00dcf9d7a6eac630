import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendQueuedEmails } from '../../../bot/notices/send-queued-emails.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { claimDueEmails } from '../../../prisma/outbox/claim-due-emails.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { queueWordedEmail } from '../../support/queue-worded-email.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { type SmtpSink, startSmtpSink } from '../../support/start-smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

describe('email outbox: idempotency, crash between commit and send, retry, rate limit', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let ledger: EmailLedger;
  let clock = new Date();
  const deps = (maxPerDebtorPerDay = 3): EmailDeps => ({
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: 'outbox-test-secret-with-at-least-32-chars',
      EMAIL_MAX_PER_DEBTOR_PER_DAY: String(maxPerDebtorPerDay),
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Our Company',
    log: () => undefined,
    now: () => clock,
  });
  const content = (n: number) => ({
    template: 'po_request' as const,
    companyName: 'Our Company',
    debtorName: 'Bakkerij Jansen',
    invoices: [{ number: `INV-${n}`, openCents: 100, dueDate: '2026-10-01' }],
  });
  const queue = (key: string, n = 1) =>
    queueWordedEmail({
      deps: deps(),
      idempotencyKey: key,
      content: content(n),
      language: 'nl',
      to: ledger.jansen.contact,
      debtorId: ledger.jansen.debtorId,
      invoiceId: null,
      actor: 'test',
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db);
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink?.stop();
    await db?.close();
  });

  it('queues a logical mail once, however often it is asked for', async () => {
    const first = await queue('test:once');
    const second = await queue('test:once');
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, messageId: first.messageId });
    expect(await db.prisma.emailOutbox.count({ where: { idempotencyKey: 'test:once' } })).toBe(1);
  });

  it('a sender that died after claiming is replaced once its claim expires; the mail goes out once, same Message-ID', async () => {
    // Rows are stamped with the real time; the test clock starts just after.
    clock = new Date(Date.now() + 1_000);
    // The "crashed" sender claimed the row and never settled it.
    const claimed = await claimDueEmails({ prisma: db.prisma, now: clock });
    expect(claimed).toHaveLength(1);
    const sender = createSmtpSender({
      host: sink.host,
      port: sink.port,
      secure: false,
      user: null,
      password: null,
    });
    try {
      expect((await sendQueuedEmails({ deps: deps(), sender })).sent).toBe(0);
      clock = new Date(clock.getTime() + 6 * 60_000);
      expect((await sendQueuedEmails({ deps: deps(), sender })).sent).toBe(1);
      expect((await sendQueuedEmails({ deps: deps(), sender })).sent).toBe(0);
    } finally {
      sender.close();
    }
    await sink.waitFor(1);
    expect(sink.mails).toHaveLength(1);
    const row = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'test:once' } });
    const message = await db.prisma.message.findUniqueOrThrow({ where: { id: row.messageId } });
    expect(sink.mails[0]!.parsed.messageId).toBe(message.externalId);
    expect(message.status).toBe('sent');
  });

  it('retries while the SMTP server is down, then sends', async () => {
    await queue('test:retry', 2);
    const down = createSmtpSender({
      host: '127.0.0.1',
      port: await findFreePort(),
      secure: false,
      user: null,
      password: null,
    });
    const report = await sendQueuedEmails({ deps: deps(), sender: down });
    down.close();
    expect(report).toMatchObject({ sent: 0, retrying: 1 });
    const row = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'test:retry' } });
    expect(row.status).toBe('pending');
    expect(row.lastError).toMatch(/SMTP/);
    clock = new Date(row.nextAttemptAt.getTime() + 1);
    const up = createSmtpSender({
      host: sink.host,
      port: sink.port,
      secure: false,
      user: null,
      password: null,
    });
    expect((await sendQueuedEmails({ deps: deps(), sender: up })).sent).toBe(1);
    up.close();
    await sink.waitFor(2);
  });

  it('holds back mail beyond the per-debtor daily limit instead of dropping it', async () => {
    await queue('test:limit', 3);
    const sender = createSmtpSender({
      host: sink.host,
      port: sink.port,
      secure: false,
      user: null,
      password: null,
    });
    try {
      const report = await sendQueuedEmails({ deps: deps(2), sender });
      expect(report).toMatchObject({ sent: 0, deferred: 1 });
      const row = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'test:limit' } });
      expect(row.status).toBe('pending');
      expect(row.attempts).toBe(0);
      clock = new Date(row.nextAttemptAt.getTime() + 1);
      expect((await sendQueuedEmails({ deps: deps(2), sender })).sent).toBe(1);
    } finally {
      sender.close();
    }
  });

  it('a row whose stored payload does not parse is a dead letter with the field named, never sent; the next one goes', async () => {
    await queue('test:corrupt-a', 4);
    await queue('test:corrupt-b', 5);
    await db.prisma.emailOutbox.update({
      where: { idempotencyKey: 'test:corrupt-a' },
      data: { payload: { mail: { to: 'someone@example.nl' }, dunning: null } },
    });
    clock = new Date(clock.getTime() + 2 * 24 * 60 * 60_000);
    const before = sink.mails.length;
    const sender = createSmtpSender({
      host: sink.host,
      port: sink.port,
      secure: false,
      user: null,
      password: null,
    });
    try {
      const report = await sendQueuedEmails({ deps: deps(10), sender });
      expect(report).toMatchObject({ sent: 1, failed: 1 });
    } finally {
      sender.close();
    }
    const corrupt = await db.prisma.emailOutbox.findUniqueOrThrow({
      where: { idempotencyKey: 'test:corrupt-a' },
    });
    expect(corrupt.deadAt).not.toBeNull();
    expect(corrupt.lastError).toMatch(/stored payload does not parse at mail\.from/u);
    await sink.waitFor(before + 1);
    expect(sink.mails.length).toBe(before + 1);
  });
});
