import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/email/create-email-match-lookup.ts';
import { findEmailDuplicate } from '../../prisma/email/find-email-duplicate.ts';
import { processInboundMessages } from '../pipeline/process-inbound-messages.ts';
import { boundMatchInput } from './bound-match-input.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import type { EmailDeps } from './email-deps.ts';
import { type PrepareEmail, prepareOnThisThread } from './prepare-inbound-email.ts';
import { recordFailedEmail } from './record-failed-email.ts';
import { runEmailFollowUps } from './run-email-follow-ups.ts';

export interface IngestResult {
  readonly status: IngestStatus;
  /** The stored message (or the failed placeholder). */
  readonly messageId: string;
}

/**
 * One fetched mail through the email channel: parse, de-duplicate (Message-ID, then content
 * hash), match, the shared pipeline (one transaction), then the follow-ups that are safe to redo:
 * attachments, marking a bounced contact, the automatic answer. A mail that throws anywhere is
 * stored as failed with its reason and source, and retried later; only when even that cannot be
 * stored does this throw, and the ingester stops without moving its checkpoint. Retries, and a
 * chunk whose transaction failed (ingestEmails), come through here one mail at a time, parsed
 * and understood by `prepare` (serve's worker threads) like any other mail.
 */
export async function ingestEmail({
  deps,
  mail,
  prepare = prepareOnThisThread,
}: {
  deps: EmailDeps;
  mail: FetchedMail;
  prepare?: PrepareEmail;
}): Promise<IngestResult> {
  const now = deps.now?.() ?? new Date();
  try {
    // A custom understand (an LLM) runs in the pipeline, on the message with its match header.
    const prepared = await prepare({ mail, now, understand: deps.understand === undefined });
    const duplicate = await findEmailDuplicate({
      prisma: deps.prisma,
      externalId: prepared.externalId,
      contentHash: prepared.contentHash,
    });
    // The same mail under another Message-ID: stored once, nothing to redo.
    if (duplicate && duplicate.externalId !== prepared.externalId)
      return { status: 'duplicate', messageId: duplicate.id };
    const match = await matchInboundEmail({
      ...boundMatchInput(prepared),
      lookup: createEmailMatchLookup(deps.prisma),
      replyTokenSecret: deps.email.replyTokenSecret,
    });
    // A replay (crash after commit) redoes every follow-up; a fresh mail only those its outcome needs.
    const processed = duplicate
      ? null
      : (
          await processInboundMessages({
            prisma: deps.prisma,
            policy: deps.policy,
            ...(deps.understand ? { understand: deps.understand } : {}),
            now,
            items: [
              {
                message: buildInboundMessage({ prepared, match, now }),
                understanding: prepared.understanding ?? undefined,
                actor: `email:${prepared.email.from ?? 'unknown'}`,
              },
            ],
          })
        )[0]!;
    const messageId = processed?.messageId ?? duplicate!.id;
    await runEmailFollowUps({ deps, stored: [{ prepared, match, messageId, processed }] });
    return { status: processed?.outcome ?? 'duplicate', messageId };
  } catch (error) {
    const failed = await recordFailedEmail({ deps, mail, error, now });
    return { status: 'failed', messageId: failed.messageId };
  }
}
