import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailSink } from '../../../bot/inbound/create-email-sink.ts';
import { deliverActionNotices } from '../../../bot/notices/deliver-action-notices.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { createImapIngester } from '../../../channels/email/imap-ingester.ts';
import { loadMessageForTriage } from '../../../prisma/messages/load-message-for-triage.ts';
import {
  DISPUTE_TEXT as DISPUTE,
  LINK_TEXT as LINK,
  MEANT_BY_TEXT as MEANT,
} from '../../support/answered-texts.ts';
import { buildEml } from '../../support/build-eml.ts';
import { buildInboundEmailDeps } from '../../support/build-inbound-email-deps.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { expectUnderstood } from '../../support/expect-understood.ts';
import { imapSettingsOf } from '../../support/imap-settings-of.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const SECRET = 'forged-sender-secret-with-32-characters-at-least';
const NOW = new Date('2026-11-23T09:30:00Z');
/** Our receiving server, as MAIL_AUTHSERV_ID names it. */
const OURS = 'mx.ourcompany.example';

/** The trace our border MTA (Postfix with rspamd) puts on top of a mail it received. */
const border = (results: string) =>
  [
    `Received: from mail.sender.example (mail.sender.example [192.0.2.25])\r\n\tby ${OURS} (Postfix) with ESMTPS id 7708C6C417F\r\n\tfor <debiteuren@ourcompany.example>; Mon, 23 Nov 2026 10:00:02 +0100 (CET)`,
    `Authentication-Results: ${OURS};\r\n\t${results}`,
  ].join('\r\n');
/** A hop of the sender's own (or a forger's): below our border's headers. */
const senderHop =
  'Received: from [198.51.100.7] (unknown [198.51.100.7])\r\n\tby mail.sender.example (Postfix) with ESMTPSA id 5C5382046F; Mon, 23 Nov 2026 10:00:01 +0100';

const DMARC_FAIL = (domain: string) =>
  `dkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=${domain} (policy=reject);\r\n\tspf=fail (${OURS}: domain of x@${domain} does not designate 192.0.2.25 as permitted sender) smtp.mailfrom=x@${domain}`;
const DMARC_PASS = (domain: string) =>
  `dkim=pass header.d=${domain} header.s=s1 header.b=abc123;\r\n\tspf=pass smtp.mailfrom=ap@${domain};\r\n\tdmarc=pass (policy=reject) header.from=${domain}`;

/**
 * A mail whose From names a debtor's contact is believed only as far as our own receiving server
 * authenticated it: through the real inbound path (Dovecot, the IMAP ingester, the e-mail sink,
 * the pipeline, the notices worker), a From that failed DMARC at MAIL_AUTHSERV_ID is held for a
 * person exactly as a stranger's mail is, and Authentication-Results of any other authserv-id,
 * above or below ours, or ours again below the sender's hop, change nothing.
 */
describe.skipIf(!findDovecot())('a forged From, through Dovecot and the ingester', () => {
  let dovecot: DovecotServer;
  let db: TestDatabase;
  let ledger: EmailLedger;
  let imap: ImapFlow;
  const logs: string[] = [];

  const depsWith = (env: NodeJS.ProcessEnv): EmailDeps =>
    buildInboundEmailDeps({ db, secret: SECRET, now: NOW, env, log: (line) => logs.push(line) });

  beforeAll(async () => {
    dovecot = await startDovecot();
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db, NOW);
    imap = await connectImapClient(dovecot);
  });

  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await db?.close();
    await dovecot?.stop();
  });

  /** Appends the mails, syncs the mailbox once as serve does, and delivers the notices owed. */
  const deliver = async (deps: EmailDeps, mails: readonly { trace: string; eml: string }[]) => {
    for (const { trace, eml } of mails) {
      const body = eml.slice(eml.indexOf('\r\n\r\n') + 4).trim();
      const meant = MEANT.get(body);
      if (!meant) throw new Error('every sample this test sends says what it means (MEANT)');
      const raw = `${trace}\r\n${eml}`;
      await expectUnderstood({ raw, reason: meant, now: NOW });
      await imap.append('INBOX', raw);
    }
    const ingester = createImapIngester({
      settings: imapSettingsOf(dovecot, { pollSeconds: 60, batchSize: 25 }),
      sink: createEmailSink({ deps, sender: null }),
      log: (line) => logs.push(line),
    });
    await ingester.start();
    try {
      await ingester.syncNow();
    } finally {
      await ingester.stop();
    }
    await deliverActionNotices({ db, email: deps, log: deps.log });
  };

  const stored = async (messageId: string) => {
    const message = await db.prisma.message.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'email', externalId: messageId } },
      include: { proposals: true },
    });
    const answers = await db.prisma.actionNotice.count({
      where: { proposalId: { in: message.proposals.map((p) => p.id) } },
    });
    return { message, answers };
  };

  /** The mail was the known contact's: answered as the policy says, through the notices. */
  const expectAnswered = async (messageId: string, action: string) => {
    const { message, answers } = await stored(messageId);
    expect((message.headers as Record<string, string>)['x-collections-sender-authority']).toBe('contact');
    expect(message.proposals[0]?.action).toBe(action);
    expect(answers).toBe(1);
  };

  const expectHeld = async (messageId: string, debtorId: string, why: RegExp) => {
    const { message, answers } = await stored(messageId);
    expect(message.debtorId).toBe(debtorId);
    expect(answers).toBe(0);
    expect(message.proposals).toHaveLength(1);
    expect(message.proposals[0]).toMatchObject({
      action: 'human_review',
      status: 'proposed',
      requiresApproval: true,
    });
    expect(message.proposals[0]!.params).toMatchObject({ reviewReason: 'sender_unverified' });
    expect((message.headers as Record<string, string>)['x-collections-sender-authority']).toBe('unverified');
    // Finance sees why, where it decides (Slack's and the console's triage read this).
    const triage = await loadMessageForTriage({ prisma: db.prisma, messageId: message.id });
    expect(triage?.why).toMatch(why);
  };

  it('holds a known contact whose From failed DMARC at our server: no pause, no answer, finance told why', async () => {
    const deps = depsWith({ MAIL_AUTHSERV_ID: `other.example, ${OURS}` });
    const failed = '<forged-dmarc@bakkerij-jansen.nl>';
    // A header of another server above ours saying pass is not read.
    const passAbove = '<forged-pass-above@acme.co.uk>';
    // Ours again, below the sender's hop (the sender wrote it), saying pass: not read either.
    const oursBelow = '<forged-ours-below@acme.co.uk>';
    await deliver(deps, [
      {
        trace: border(DMARC_FAIL('bakkerij-jansen.nl')),
        eml: buildEml({
          from: 'Jan Jansen <jan@bakkerij-jansen.nl>',
          subject: 'Factuur INV-2026-0042',
          body: DISPUTE,
          messageId: failed,
        }),
      },
      {
        trace: [
          'Authentication-Results: mx.forwarder.example; dmarc=pass header.from=acme.co.uk',
          border(DMARC_FAIL('acme.co.uk')),
        ].join('\r\n'),
        eml: buildEml({
          from: ledger.acme.contact,
          subject: 'Invoice INV-2026-0077',
          body: LINK,
          messageId: passAbove,
        }),
      },
      {
        trace: [
          border(`spf=fail smtp.mailfrom=ap@acme.co.uk;\r\n\tdmarc=fail header.from=acme.co.uk`),
          senderHop,
          `Authentication-Results: ${OURS}; dmarc=pass header.from=acme.co.uk`,
        ].join('\r\n'),
        eml: buildEml({
          from: ledger.acme.contact,
          subject: 'Our payment',
          body: LINK,
          messageId: oursBelow,
        }),
      },
    ]);
    await expectHeld(
      failed,
      ledger.jansen.debtorId,
      new RegExp(`From failed DMARC at ${OURS.replaceAll('.', '\\.')}`),
    );
    await expectHeld(passAbove, ledger.acme.debtorId, /From failed DMARC at mx\.ourcompany\.example/);
    await expectHeld(oursBelow, ledger.acme.debtorId, /From failed DMARC at mx\.ourcompany\.example/);
    // Nothing at all came of them: no pause, no decided proposal, nothing queued to anyone.
    expect(await db.prisma.dunningPause.count()).toBe(0);
    expect(await db.prisma.proposal.count({ where: { status: { in: ['approved', 'executed'] } } })).toBe(0);
    expect(await db.prisma.emailOutbox.count()).toBe(0);
  });

  it('answers the same contact when our server says pass, whatever another server above or below says', async () => {
    const deps = depsWith({ MAIL_AUTHSERV_ID: OURS });
    const passed = '<authentic@acme.co.uk>';
    await deliver(deps, [
      {
        trace: [
          // A forwarder's (or a forger's) verdict above ours, and another below the sender's hop.
          'Authentication-Results: mx.forwarder.example; dmarc=fail header.from=acme.co.uk',
          border(DMARC_PASS('acme.co.uk')),
          senderHop,
          'Authentication-Results: smtp-out1.sender.example; dmarc=fail header.from=acme.co.uk',
        ].join('\r\n'),
        eml: buildEml({
          from: ledger.acme.contact,
          subject: 'Payment link, please',
          body: LINK,
          messageId: passed,
        }),
      },
    ]);
    await expectAnswered(passed, 'send_payment_link');
  });

  it('without MAIL_AUTHSERV_ID reads no verdict: the failed contact is answered as before', async () => {
    const deps = depsWith({ MAIL_AUTHSERV_ID: '' });
    const unread = '<unread-dmarc@bakkerij-jansen.nl>';
    await deliver(deps, [
      {
        trace: border(DMARC_FAIL('bakkerij-jansen.nl')),
        eml: buildEml({
          from: ledger.jansen.contact,
          subject: 'Creditnota gevraagd',
          body: DISPUTE,
          messageId: unread,
        }),
      },
    ]);
    await expectAnswered(unread, 'handoff_to_sales');
  });
});
