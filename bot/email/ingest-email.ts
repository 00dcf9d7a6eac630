import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/email/create-email-match-lookup.ts';
import { storeFailedEmail } from '../../prisma/email/store-failed-email.ts';
import { processInboundMessage } from '../pipeline/process-inbound-message.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import type { EmailDeps } from './email-deps.ts';
import { identifyEmails } from './identify-emails.ts';
import { prepareInboundEmail } from './prepare-inbound-email.ts';
import { runEmailFollowUps } from './run-email-follow-ups.ts';

export interface IngestResult {
  readonly status: IngestStatus;
  /** The stored message (or the failed placeholder). */
  readonly messageId: string;
}

/** The external id of a mail's failed placeholder: its place in the mailbox, stable across re-fetches. */
export function failedEmailId(mail: Pick<FetchedMail, 'mailbox' | 'uidValidity' | 'uid'>): string {
  return `imap:${mail.mailbox}:${mail.uidValidity}:${mail.uid}`;
}

/**
 * One fetched mail through the email channel: parse, identify (identifyEmails: a replay under its
 * Message-ID redoes the follow-ups; the same content under another Message-ID is stored and
 * flagged as a possible duplicate, never dropped), match, the shared pipeline (one transaction), then the follow-ups that are safe to redo:
 * attachments, marking a bounced contact, the automatic answer. A mail that throws anywhere is
 * stored as failed with its reason and source, and retried later; only when even that cannot be
 * stored does this throw, and the ingester stops without moving its checkpoint. Retries, and a
 * chunk whose transaction failed (ingestEmails), come through here one mail at a time.
 */
export async function ingestEmail({
  deps,
  mail,
}: {
  deps: EmailDeps;
  mail: FetchedMail;
}): Promise<IngestResult> {
  const now = deps.now?.() ?? new Date();
  try {
    const [identity] = await identifyEmails({
      sql: deps.prisma,
      mails: [{ mail, prepared: await prepareInboundEmail({ raw: mail.raw, now, understand: false }) }],
    });
    // A chunk of one holds no earlier copy, so this is fresh or a replay (stored before a crash).
    if (!identity || identity.kind === 'duplicate') throw new Error('a single mail cannot repeat itself');
    const { prepared } = identity;
    const match = await matchInboundEmail({
      email: prepared.email,
      lookup: createEmailMatchLookup(deps.prisma),
      replyTokenSecret: deps.email.replyTokenSecret,
      extraText: prepared.attachments.map((attachment) => attachment.extractedText ?? '').join('\n'),
    });
    // A replay (crash after commit) redoes every follow-up; a fresh mail only those its outcome needs.
    const processed =
      identity.kind === 'replay'
        ? null
        : await processInboundMessage({
            prisma: deps.prisma,
            policy: deps.policy,
            understand: deps.understand,
            now,
            actor: `email:${prepared.email.from ?? 'unknown'}`,
            message: buildInboundMessage({
              prepared,
              match,
              now,
              possibleDuplicateOf: identity.possibleDuplicateOf,
            }),
          });
    const messageId = identity.kind === 'replay' ? identity.messageId : processed!.messageId;
    await runEmailFollowUps({ deps, stored: [{ prepared, match, messageId, processed }] });
    return { status: processed?.outcome ?? 'duplicate', messageId };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.log(`email: ${failedEmailId(mail)} failed: ${reason}`);
    const failed = await storeFailedEmail({
      prisma: deps.prisma,
      externalId: failedEmailId(mail),
      mailbox: mail.mailbox,
      uidValidity: mail.uidValidity,
      uid: mail.uid,
      raw: mail.raw,
      reason,
      now,
    });
    return { status: 'failed', messageId: failed.messageId };
  }
}
