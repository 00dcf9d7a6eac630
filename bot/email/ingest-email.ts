import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/email/create-email-match-lookup.ts';
import { findEmailDuplicate } from '../../prisma/email/find-email-duplicate.ts';
import { storeFailedEmail } from '../../prisma/email/store-failed-email.ts';
import { processInboundMessage } from '../pipeline/process-inbound-message.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import type { EmailDeps } from './email-deps.ts';
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
 * One fetched mail through the email channel: parse, de-duplicate (Message-ID, then content
 * hash), match, the shared pipeline (one transaction), then the follow-ups that are safe to redo:
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
    const prepared = await prepareInboundEmail({ raw: mail.raw, now, understand: false });
    const duplicate = await findEmailDuplicate({
      prisma: deps.prisma,
      externalId: prepared.externalId,
      contentHash: prepared.contentHash,
    });
    // The same mail under another Message-ID: stored once, nothing to redo.
    if (duplicate && duplicate.externalId !== prepared.externalId)
      return { status: 'duplicate', messageId: duplicate.id };
    const match = await matchInboundEmail({
      email: prepared.email,
      lookup: createEmailMatchLookup(deps.prisma),
      replyTokenSecret: deps.email.replyTokenSecret,
      extraText: prepared.attachments.map((attachment) => attachment.extractedText ?? '').join('\n'),
    });
    // A replay (crash after commit) redoes every follow-up; a fresh mail only those its outcome needs.
    const processed = duplicate
      ? null
      : await processInboundMessage({
          prisma: deps.prisma,
          policy: deps.policy,
          understand: deps.understand,
          now,
          actor: `email:${prepared.email.from ?? 'unknown'}`,
          message: buildInboundMessage({ prepared, match, now }),
        });
    const messageId = processed?.messageId ?? duplicate!.id;
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
