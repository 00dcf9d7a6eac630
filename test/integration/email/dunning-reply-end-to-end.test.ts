import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { buildEml } from '../../support/build-eml.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { findFaketime, shiftedClockEnv } from '../../support/shifted-clock.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { type SmtpSink, startSmtpSink } from '../../support/start-smtp-sink.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'end-to-end-secret-with-at-least-32-characters';
// A Tuesday morning, a Dutch business day: the ladder sends only on business days, so the CLI
// runs with its clock shifted to this day (libfaketime), whatever day CI runs on.
const TODAY = new Date('2026-11-24T09:00:00Z');

/**
 * The "done when": a reminder sent by `dunning run` reaches the SMTP sink; a reply to it
 * appended in Dovecot is matched, classified and answered within seconds with `serve` running.
 * The embedded database admits one process at a time, so the test reads it only between runs.
 */
describe.skipIf(!findDovecot() || !findFaketime())('dunning run -> reply -> serve answers', () => {
  let dovecot: DovecotServer;
  let sink: SmtpSink;
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let ledger: EmailLedger;
  let serve: ChildProcess | null = null;
  let serveLog = '';

  beforeAll(async () => {
    dovecot = await startDovecot();
    sink = await startSmtpSink();
    ({ target, env: env, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    ledger = await seedEmailLedger(db, TODAY);
    await db.close();
    env = {
      ...env,
      ...shiftedClockEnv(TODAY),
      PORT: '0',
      SMTP_HOST: sink.host,
      SMTP_PORT: String(sink.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_FROM_NAME: 'Debiteurenbeheer Our Company',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
      COMPANY_NAME: 'Our Company',
    };
  });

  afterAll(async () => {
    if (serve && serve.exitCode === null) serve.kill('SIGKILL');
    await sink?.stop();
    await dovecot?.stop();
    await drop?.();
  });

  it('sends the due first reminders once, threaded and marked automatic', async () => {
    const dry = await runCliProcess(['dunning', 'run', '--dry-run'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^Dunning run for 2026-11-24 /);
    expect(dry.stdout).toMatch(/INV-2026-0042 \| jan@bakkerij-jansen\.nl \| would send/);
    // Each letter as the debtor would read it: subject and first lines, amounts as money.
    expect(dry.stdout).toMatch(
      /would send \(approval never: [^\n]*\)\n {6}Subject: Herinnering: factuur INV-2026-0042\n {6}Volgens onze administratie/,
    );
    expect(dry.stdout).not.toMatch(/\d cents/);
    expect(sink.mails).toHaveLength(0);

    const run = await runCliProcess(['dunning', 'run'], { env });
    expect(run.code, run.stderr).toBe(0);
    await sink.waitFor(2);
    const jansen = sink.mails.find((mail) => mail.envelopeTo.includes('jan@bakkerij-jansen.nl'))!;
    expect(jansen.parsed.subject).toBe('Herinnering: factuur INV-2026-0042');
    // Greeted by the imported contact (Jan Jansen), the company named above the greeting.
    expect(jansen.parsed.text).toContain('Geachte heer/mevrouw Jansen,');
    expect(jansen.parsed.text).toContain('Bakkerij Jansen B.V.');
    expect(jansen.parsed.html).toContain('INV-2026-0042');
    expect(jansen.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(String(jansen.parsed.replyTo?.text)).toMatch(/debiteuren\+r[a-z2-7]{42}@ourcompany\.example/);
    const acme = sink.mails.find((mail) => mail.envelopeTo.includes('ap@acme.co.uk'))!;
    expect(acme.parsed.subject).toBe('Reminder: invoice INV-2026-0077');
    // The contact is a department ("Accounts Payable"), not a person.
    expect(acme.parsed.text).toContain('Dear Sir or Madam,');
    expect(acme.parsed.text).toContain('Acme Ltd');

    // A second run the same day sends nothing: the ladder moved and the letters are keyed.
    const again = await runCliProcess(['dunning', 'run'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/\| queued/);
    expect(sink.mails).toHaveLength(2);
    await withDatabase(target, async (db) => {
      const states = await db.prisma.dunningState.findMany();
      expect(states.map((state) => state.stepCode).sort()).toEqual(['reminder_1', 'reminder_1']);
      expect(await db.prisma.message.count({ where: { direction: 'outbound', status: 'sent' } })).toBe(2);
    });
  });

  it('matches, classifies and answers a reply within seconds while serve runs', async () => {
    const reminder = sink.mails.find((mail) => mail.envelopeTo.includes('jan@bakkerij-jansen.nl'))!;
    const acmeReminder = sink.mails.find((mail) => mail.envelopeTo.includes('ap@acme.co.uk'))!;
    serve = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        IMAP_HOST: dovecot.host,
        IMAP_PORT: String(dovecot.port),
        IMAP_SECURE: 'false',
        IMAP_USER: dovecot.user,
        IMAP_PASSWORD: dovecot.password,
        IMAP_POLL_SECONDS: '5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serve.stderr?.on('data', (chunk) => {
      serveLog += String(chunk);
    });
    const deadline = Date.now() + 60_000;
    while (!/started imap/.test(serveLog)) {
      if (Date.now() > deadline || serve.exitCode !== null)
        throw new Error(`serve did not start:\n${serveLog}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const imap = await connectImapClient(dovecot);
    // An out-of-office answer to the reminder and a bounce of the other one come first.
    await imap.append(
      'INBOX',
      buildEml({
        from: 'jan@bakkerij-jansen.nl',
        subject: `Automatisch antwoord: ${reminder.parsed.subject}`,
        body: 'Ik ben afwezig tot en met 30 november en lees mijn e-mail niet.',
        headers: { 'Auto-Submitted': 'auto-replied', 'In-Reply-To': String(reminder.parsed.messageId) },
      }),
    );
    // A delay notice for Jansen's reminder ("still being retried") proves no address wrong: Jan
    // stays deliverable and gets the answer below.
    await imap.append(
      'INBOX',
      buildEml({
        from: 'MAILER-DAEMON@mx.bakkerij-jansen.nl',
        subject: 'Delayed Mail (still being retried)',
        body: `This is the mail system at host mx.bakkerij-jansen.nl.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nFinal-Recipient: rfc822; jan@bakkerij-jansen.nl\nAction: delayed\nStatus: 4.4.1\n\n--- original message headers ---\nMessage-ID: ${reminder.parsed.messageId}\nSubject: ${reminder.parsed.subject}\n`,
        headers: { 'Auto-Submitted': 'auto-replied', 'Return-Path': '<>' },
      }),
    );
    await imap.append(
      'INBOX',
      buildEml({
        from: 'MAILER-DAEMON@mx.acme.co.uk',
        subject: 'Undelivered Mail Returned to Sender',
        body: `This is the mail system at host mx.acme.co.uk.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ap@acme.co.uk>: host mx.acme.co.uk said: 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; ap@acme.co.uk\nAction: failed\nStatus: 5.1.1\n\n--- original message headers ---\nMessage-ID: ${acmeReminder.parsed.messageId}\nSubject: ${acmeReminder.parsed.subject}\n`,
        headers: { 'Auto-Submitted': 'auto-replied', 'Return-Path': '<>' },
      }),
    );
    const replyId = '<reply-dispute-1@bakkerij-jansen.nl>';
    const appendedAt = Date.now();
    await imap.append(
      'INBOX',
      buildEml({
        from: 'Jan Jansen <jan@bakkerij-jansen.nl>',
        to: String(reminder.parsed.replyTo?.value[0]?.address),
        subject: `Re: ${reminder.parsed.subject}`,
        messageId: replyId,
        headers: {
          'In-Reply-To': String(reminder.parsed.messageId),
          References: String(reminder.parsed.messageId),
        },
        body: 'Hallo,\n\nDeze factuur klopt niet, de levering was onvolledig. Wij betalen niet voordat we een creditnota hebben ontvangen.\n\nGroet, Jan\n\n> Beste Bakkerij Jansen B.V.,\n> Volgens onze administratie staat het volgende nog open',
      }),
    );
    await imap.logout();

    const mails = await sink.waitFor(3, 30_000);
    const seconds = (Date.now() - appendedAt) / 1000;
    const answer = mails[2]!;
    expect(answer.envelopeTo).toEqual(['jan@bakkerij-jansen.nl']);
    expect(answer.parsed.inReplyTo).toBe(replyId);
    expect(String(answer.parsed.references)).toContain(String(reminder.parsed.messageId));
    expect(answer.parsed.subject).toBe(`Re: ${reminder.parsed.subject}`);
    // serve runs without Slack here: nobody is told, so the answer says the message is on file and
    // when it is reviewed, never that it was passed on to someone.
    expect(answer.parsed.text).toContain('vastgelegd');
    expect(answer.parsed.text).not.toContain('doorgegeven');
    expect(answer.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(seconds).toBeLessThan(15);
    console.log(`reply appended -> answer at the SMTP sink: ${seconds.toFixed(2)} s`);

    serve.kill('SIGTERM');
    await new Promise((resolve) => serve!.once('exit', resolve));
    // Nothing else was sent: no answer to the auto-reply or the bounce.
    expect(sink.mails).toHaveLength(3);

    await withDatabase(target, async (db) => {
      const reply = await db.prisma.message.findUniqueOrThrow({
        where: { channel_externalId: { channel: 'email', externalId: replyId } },
        include: { classifications: true, proposals: true, conversation: true },
      });
      expect(reply.debtorId).toBe(ledger.jansen.debtorId);
      expect(reply.invoiceId).toBe(ledger.jansen.invoiceId);
      expect((reply.headers as Record<string, string>)['x-collections-match']).toMatch(/^thread/);
      expect(reply.conversation?.externalThreadId).toBe(reminder.parsed.messageId);
      expect(reply.classifications[0]?.reason).toBe('dispute');
      expect(reply.proposals[0]?.action).toBe('handoff_to_sales');
      expect(
        await db.prisma.dunningPause.count({
          where: { invoiceId: ledger.jansen.invoiceId, reason: 'dispute handed to sales' },
        }),
      ).toBe(1);

      const auto = await db.prisma.message.findFirstOrThrow({
        where: { kind: 'auto_reply', direction: 'inbound' },
      });
      expect(auto.debtorId).toBe(ledger.jansen.debtorId);
      const contact = await db.prisma.contact.findFirstOrThrow({ where: { email: 'ap@acme.co.uk' } });
      expect(contact.undeliverable).toBe(true);
      const jan = await db.prisma.contact.findFirstOrThrow({ where: { email: 'jan@bakkerij-jansen.nl' } });
      expect(jan.undeliverable).toBe(false);
      expect(await db.prisma.message.count({ where: { kind: 'bounce', direction: 'inbound' } })).toBe(2);
      expect(await db.prisma.emailOutbox.count({ where: { status: 'sent' } })).toBe(3);
    });
    expect(DEFAULT_POLICY.dispute.pauseDays).toBeGreaterThan(0);
  });
});
