import { createEmailSink } from '../../../../bot/inbound/create-email-sink.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import type { Database } from '../../../../prisma/open-database.ts';
import { buildEml } from '../../../support/build-eml.ts';

let uid = 1;

/**
 * A mail from an address that is no debtor's contact, naming no invoice of ours, taken in by the
 * e-mail channel's own sink (parse, match, understand, store) as the IMAP ingester hands it over.
 * Returns the stored message's id: the mail is `unmatched`, waiting for a person.
 */
export async function receiveStrangerMail(
  db: Database,
  { from, subject, body }: { from: string; subject: string; body: string },
): Promise<string> {
  const sink = createEmailSink({
    deps: {
      prisma: db.prisma,
      sql: db.sql,
      email: readEmailConfig({}),
      policy: DEFAULT_POLICY,
      companyName: 'Acme Supplies BV',
      log: () => undefined,
    },
    sender: null,
  });
  const messageId = `<stranger-${uid}-${Math.random().toString(36).slice(2)}@test.example>`;
  const status = await sink.ingest({
    mailbox: 'INBOX',
    uidValidity: 1n,
    uid: uid++,
    raw: Buffer.from(buildEml({ from, subject, body, messageId })),
  });
  if (status !== 'unmatched') throw new Error(`the stranger's mail was ${status}, not unmatched`);
  const { id } = await db.prisma.message.findFirstOrThrow({
    where: { channel: 'email', externalId: { contains: messageId.slice(1, -1) } },
    select: { id: true },
  });
  return id;
}
