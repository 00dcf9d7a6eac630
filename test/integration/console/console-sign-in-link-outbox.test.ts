import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendQueuedEmails } from '../../../bot/notices/send-queued-emails.ts';
import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { findFreePort } from '../../support/find-free-port.ts';
import { ConsoleClient } from './support/console-client.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

// A sign-in link goes through the e-mail outbox like every other mail: while the mail server is
// down it waits there (retried, and visible to finance as the outbox's), and it arrives once the
// server is back; its token is in the mail's body only, never in a log line, an audit event or
// the outbox fields the health page shows.
describe('console sign-in links through the e-mail outbox', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    // Nothing listens on this port: the console's mail server is down.
    h = await startConsoleHarness({ SMTP_PORT: String(await findFreePort()) });
    await h.addStaff('fiona@acme.example', ['finance'], 'Fiona');
  }, 120_000);
  afterAll(async () => h?.close());

  it('waits in the outbox while SMTP fails, arrives when it is back, and its token is logged nowhere', async () => {
    const client = new ConsoleClient(h.baseUrl);
    const page = await client.get('/console/sign-in');
    const asked = await client.post('/console/sign-in/link', {
      form: ConsoleClient.hidden(page.html, 'form'),
      email: 'fiona@acme.example',
    });
    expect(asked.status).toBe(200);
    const prisma = h.slack.db.prisma;
    const [row] = await prisma.emailOutbox.findMany({ where: { template: 'staff_sign_in_link' } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, debtorId: null });
    expect(row!.lastError).toBeTruthy();

    // The outbox's worker, with the mail server back: the link arrives and works.
    const email = readEmailConfig({
      EMAIL_FROM: 'console@acme.example',
      EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
      SMTP_HOST: h.smtp.host,
      SMTP_PORT: String(h.smtp.port),
    });
    const sender = createSmtpSender(email.smtp!);
    const later = new Date(Date.now() + 10 * 60_000);
    try {
      const report = await sendQueuedEmails({
        deps: { prisma, email, log: (line) => h.logs.push(line), now: () => later },
        sender,
      });
      expect(report.sent).toBe(1);
    } finally {
      await sender.close();
    }
    const [mail] = await h.smtp.waitFor(1);
    const link = /https?:\/\/\S+\/console\/sign-in\/link\/([\w-]+)/.exec(mail!.parsed.text ?? '')!;
    const token = link[1]!;
    expect((await client.useLink(link[0])).location).toBe('/console');

    // The token: in the mail's body, nowhere else a person or a log reads.
    const sent = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: row!.id } });
    expect(sent.status).toBe('sent');
    const shown = JSON.stringify(
      {
        key: sent.idempotencyKey,
        error: sent.lastError,
        audit: await prisma.auditEvent.findMany(),
        messages: await prisma.message.findMany(),
        logs: h.logs,
      },
      (_key, value) => (typeof value === 'bigint' ? String(value) : value),
    );
    expect(shown).not.toContain(token);
    expect(JSON.stringify(sent.payload)).toContain(token);
  });

  it('gives a link up once it expired unsent: a dead letter for the health page, never a late mail', async () => {
    const client = new ConsoleClient(h.baseUrl);
    const page = await client.get('/console/sign-in');
    await client.post('/console/sign-in/link', {
      form: ConsoleClient.hidden(page.html, 'form'),
      email: 'fiona@acme.example',
    });
    const prisma = h.slack.db.prisma;
    const row = await prisma.emailOutbox.findFirstOrThrow({
      where: { template: 'staff_sign_in_link', status: 'pending' },
    });
    const before = h.smtp.mails.length;
    const report = await sendQueuedEmails({
      deps: {
        prisma,
        email: readEmailConfig({ EMAIL_FROM: 'console@acme.example' }),
        log: (line) => h.logs.push(line),
        now: () => new Date(Date.now() + 16 * 60_000),
      },
      sender: { send: async () => expect.fail('an expired link is not sent') },
    });
    expect(report.failed).toBe(1);
    const dead = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(dead.status).toBe('failed');
    expect(dead.lastError).toMatch(/not sent before it expired/);
    expect(h.smtp.mails.length).toBe(before);
  });
});
