import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSink } from '../../../bot/inbound/create-email-sink.ts';
import { sendQueuedEmails } from '../../../bot/notices/send-queued-emails.ts';
import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { createImapIngester } from '../../../channels/email/imap-ingester.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { proposeDunningEscalation } from '../../../prisma/proposals/propose-dunning-escalation.ts';
import { buildEml } from '../../support/build-eml.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { type SmtpSink, startSmtpSink } from '../../support/start-smtp-sink.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { buttonClick, postToSlackRoute } from './support/slack-requests.ts';
import {
  FINANCE,
  GROUP_APPROVER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/start-slack-harness.ts';

const DAY = 24 * 60 * 60_000;

/**
 * The "done when", end to end: a liquidity reply arrives by e-mail (Dovecot, the real
 * ingest path), the approval request reaches Slack (loopback API), a signed Approve click on our
 * HTTP server executes the plan, and the e-mail outbox sender delivers the confirmation to the
 * SMTP sink as an answer in the debtor's thread. Then an approved escalation mails the consumer's
 * 14-day letter exactly once, double click and Slack retry included.
 */
describe.skipIf(!findDovecot())('Slack decisions carried out by e-mail', () => {
  let dovecot: DovecotServer;
  let sink: SmtpSink;
  let h: SlackHarness;
  const today = amsterdamDate(new Date());
  const send = () => sendQueuedEmails({ deps: h.email, sender: createSmtpSender(h.email.email.smtp!) });

  beforeAll(async () => {
    dovecot = await startDovecot();
    sink = await startSmtpSink();
    h = await startSlackHarness(
      {},
      {
        IMAP_HOST: dovecot.host,
        IMAP_PORT: String(dovecot.port),
        IMAP_SECURE: 'false',
        IMAP_USER: dovecot.user,
        IMAP_PASSWORD: dovecot.password,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        SMTP_SECURE: 'false',
      },
    );
  });
  afterAll(async () => {
    await h?.close();
    await sink?.stop();
    await dovecot?.stop();
  });

  it('liquidity reply -> approval request -> signed Approve -> plan confirmation at the SMTP sink, threaded', async () => {
    const { debtorId, invoiceIds } = await seedDebtor(h.db, {
      reference: 'E2E-1',
      name: 'Harbour Trading Ltd',
      invoices: [{ number: 'INV-E2E-1001', cents: 726_000, dueDate: addDays(today, -20) }],
    });
    const messageId = '<liquidity-e2e-1@harbour.example>';
    const imap = await connectImapClient(dovecot);
    await imap.append(
      'INBOX',
      buildEml({
        // The debtor's contact: a stranger quoting the invoice number would only reach triage.
        from: 'Peter Harbour <ap@e2e-1.example>',
        subject: 'RE: Reminder invoice INV-E2E-1001',
        messageId,
        headers: { References: '<reminder-0@ourcompany.example>' },
        body:
          'Hello,\n\nWe are going through a difficult period with our cash flow and cannot pay invoice INV-E2E-1001 in one go. ' +
          'Could we pay it in 3 monthly instalments?\n\nKind regards,\nPeter',
      }),
    );
    await imap.logout();
    const ingester = createImapIngester({
      settings: h.email.email.imap!,
      sink: createEmailSink({ deps: h.email, sender: null }),
      log: (line) => h.logs.push(line),
    });
    await ingester.start();
    await ingester.syncNow();
    await ingester.stop();

    const inbound = await h.db.prisma.message.findFirstOrThrow({ where: { externalId: messageId } });
    expect(inbound).toMatchObject({ debtorId, direction: 'inbound' });
    const proposal = await h.db.prisma.proposal.findFirstOrThrow({ where: { messageId: inbound.id } });
    expect(proposal.action).toBe('request_plan_approval');
    // Nothing reaches the debtor before finance decides.
    expect(await h.db.prisma.emailOutbox.count({ where: { debtorId } })).toBe(0);

    await h.runtime.runOnce();
    const post = h.api
      .callsTo('chat.postMessage')
      .find((call) => JSON.stringify(call.args).includes('INV-E2E-1001'));
    expect(post?.args.channel).toBe('CFINANCE');
    expect(JSON.stringify(post?.args.blocks)).toContain(proposal.id);

    const click = await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'proposal_approve', value: proposal.id, user: FINANCE }),
      secret: SIGNING_SECRET,
    });
    expect(click.status).toBe(200);
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'executed',
    );
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceIds[0]! } })).toMatchObject({
      status: 'planned',
    });

    // The click ends with the notice committed; the worker's round hands it to the e-mail outbox.
    await h.runtime.runOnce();
    const report = await send();
    expect(report.sent).toBe(1);
    const [mail] = await sink.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['ap@e2e-1.example']);
    expect(mail!.parsed.subject).toBe('RE: Reminder invoice INV-E2E-1001');
    expect(mail!.parsed.inReplyTo).toBe(messageId);
    expect(String(mail!.parsed.references)).toContain(messageId);
    expect(String(mail!.parsed.references)).toContain('<reminder-0@ourcompany.example>');
    // Greeted by the contact on file, never by the company's name.
    expect(mail!.parsed.text).toMatch(/^Dear (Sir or Madam|Peter Harbour),/mu);
    expect(mail!.parsed.text).not.toContain('Dear Harbour Trading Ltd');
    expect(mail!.parsed.text).toContain('We confirm the payment plan for INV-E2E-1001 (total €7,260.00)');
    expect(mail!.parsed.text?.match(/€2,420\.00/g)).toHaveLength(3);
    const notice = await h.db.prisma.actionNotice.findFirstOrThrow({ where: { proposalId: proposal.id } });
    expect(notice).toMatchObject({ status: 'queued', template: 'payment_plan_confirmation' });
    expect((await h.db.prisma.message.findUniqueOrThrow({ where: { id: notice.messageId! } })).status).toBe(
      'sent',
    );
  });

  it('an approved escalation sends the consumer 14-day letter once, even with a double click and a retry', async () => {
    const { debtorId, invoiceIds } = await seedDebtor(h.db, {
      reference: 'E2E-2',
      name: 'J. de Vries',
      language: 'nl',
      invoices: [{ number: 'INV-E2E-2001', cents: 100_000, dueDate: addDays(today, -60) }],
    });
    const invoiceId = invoiceIds[0]!;
    await h.db.prisma.debtor.update({ where: { id: debtorId }, data: { kind: 'consumer' } });
    await h.db.prisma.dunningState.create({
      data: { invoiceId, step: 2, stepCode: 'aanmaning', lastStepAt: new Date(Date.now() - 15 * DAY) },
    });
    const { proposalId } = await proposeDunningEscalation({
      prisma: h.db.prisma,
      debtorId,
      invoiceIds: [invoiceId],
      stepCode: 'veertiendagenbrief',
      rationale: 'Veertiendagenbrief is due for INV-E2E-2001.',
      params: { stepLabel: 'Veertiendagenbrief (WIK-brief)', principalCents: 100_000 },
    });
    await h.runtime.runOnce();

    const click = buttonClick({
      actionId: 'proposal_approve',
      value: proposalId,
      user: FINANCE,
      triggerId: 'esc-1',
    });
    const [first, retry, other] = await Promise.all([
      postToSlackRoute(h.url, { ...click, secret: SIGNING_SECRET }),
      postToSlackRoute(h.url, { ...click, secret: SIGNING_SECRET, retryNum: 1 }),
      postToSlackRoute(h.url, {
        ...buttonClick({ actionId: 'proposal_approve', value: proposalId, user: GROUP_APPROVER }),
        secret: SIGNING_SECRET,
      }),
    ]);
    expect([first.status, retry.status, other.status]).toEqual([200, 200, 200]);
    await h.runtime.runOnce();
    const before = sink.mails.length;
    await send();
    await send();
    await sink.waitFor(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const letters = sink.mails.slice(before);
    expect(letters).toHaveLength(1);
    const letter = letters[0]!;
    expect(letter.envelopeTo).toEqual(['ap@e2e-2.example']);
    // The subject is the template's, never the policy's internal label ("WIK-brief").
    expect(letter.parsed.subject).toBe('Laatste herinnering: factuur INV-E2E-2001');
    expect(`${letter.parsed.subject} ${letter.parsed.text}`).not.toMatch(/WIK/u);
    // The contact has no name on file: a formal greeting; the debtor is named above it.
    expect(letter.parsed.text).toContain('Geachte heer/mevrouw,');
    expect(letter.parsed.text).toContain('J. de Vries');
    expect(letter.parsed.text).toContain(
      'binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd',
    );
    expect(letter.parsed.text).toMatch(/Deze kosten bedragen €\s150,00\./u);

    const proposal = await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal.status).toBe('executed');
    expect(await h.db.prisma.emailOutbox.count({ where: { debtorId } })).toBe(1);
    const state = await h.db.prisma.dunningState.findUniqueOrThrow({ where: { invoiceId } });
    expect(state).toMatchObject({ step: 3, stepCode: 'veertiendagenbrief', letterCostsCents: 15_000 });
    expect(state.letterSentAt).not.toBeNull();
    const audit = await h.db.prisma.auditEvent.findMany({ where: { entityId: proposalId } });
    expect(audit.filter((e) => e.type === 'proposal.approved').map((e) => e.actor)).toHaveLength(1);
    expect(audit.find((e) => e.type === 'proposal.executed')?.actor).toMatch(/^slack:U/);
    const update = h.api.callsTo('chat.update').at(-1)!.args;
    expect(JSON.stringify(update.blocks)).toContain(
      'Veertiendagenbrief (WIK-brief) for INV-E2E-2001 queued by e-mail',
    );
  });
});
