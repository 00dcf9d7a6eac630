import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/debtors/create-email-match-lookup.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { boundMatchInput } from './bound-match-input.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import { identifyEmails } from './identify-emails.ts';
import { type PrepareEmail, prepareOnThisThread } from './prepare-inbound-email.ts';
import { processInboundMessages } from './process-inbound-messages.ts';
import { recordFailedEmail } from './record-failed-email.ts';
import { runEmailFollowUps } from './run-email-follow-ups.ts';

export interface IngestResult {
  readonly status: IngestStatus;
  /** The stored message (or the failed placeholder). */
  readonly messageId: string;
}

/**
 * One fetched mail through the email channel: parse, identify (identifyEmails: a replay under its
 * Message-ID redoes the follow-ups; the same content under another Message-ID is stored and
 * flagged as a possible duplicate, never dropped), match, the shared pipeline (one transaction), then the follow-ups that are safe to redo:
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
    const [identity] = await identifyEmails({
      sql: deps.prisma,
      mails: [{ mail, prepared: await prepare({ mail, now, understand: deps.understand === undefined }) }],
    });
    // A chunk of one holds no earlier copy, so this is fresh or a replay (stored before a crash).
    if (!identity || identity.kind === 'duplicate') throw new Error('a single mail cannot repeat itself');
    const { prepared } = identity;
    const match = await matchInboundEmail({
      ...boundMatchInput(prepared),
      lookup: createEmailMatchLookup(deps.prisma),
      replyTokenSecret: deps.email.replyTokenSecret,
    });
    // A replay (crash after commit) redoes every follow-up; a fresh mail only those its outcome needs.
    const processed =
      identity.kind === 'replay'
        ? null
        : (
            await processInboundMessages({
              prisma: deps.prisma,
              policy: deps.policy,
              ...(deps.understand ? { understand: deps.understand } : {}),
              now,
              items: [
                {
                  message: buildInboundMessage({
                    prepared,
                    match,
                    now,
                    possibleDuplicateOf: identity.possibleDuplicateOf,
                  }),
                  understanding: prepared.understanding ?? undefined,
                  actor: `email:${prepared.email.from ?? 'unknown'}`,
                },
              ],
            })
          )[0]!;
    const messageId = identity.kind === 'replay' ? identity.messageId : processed!.messageId;
    await runEmailFollowUps({ deps, stored: [{ prepared, match, messageId, processed }] });
    return { status: processed?.outcome ?? 'duplicate', messageId };
  } catch (error) {
    const failed = await recordFailedEmail({ deps, mail, error, now });
    return { status: 'failed', messageId: failed.messageId };
  }
}
