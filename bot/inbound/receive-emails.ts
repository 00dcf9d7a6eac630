import type { IngestStatus } from '../../channels/email/imap-ingester.ts';
import { followUpEmails } from './follow-up-emails.ts';
import { type IngestEmailsInput, ingestEmails } from './ingest-emails.ts';
import { recordFailedEmail } from './record-failed-email.ts';

export interface ReceivedEmail {
  readonly status: IngestStatus;
  /** The stored message, or the failed placeholder; null for the same Message-ID again in the chunk. */
  readonly messageId: string | null;
}

/**
 * What the e-mail sink does with a chunk of fetched mail (a single mail and a retry are chunks of
 * one): store it (ingestEmails, which ends at the store), then the follow-ups of every stored
 * mail (followUpEmails: bounces, what the policy decides by itself), all before the ingester
 * moves its checkpoint, so a crash in between brings the mail again as a replay that redoes them.
 * When the chunk's transaction or its follow-ups fail, the chunk goes through again mail by mail,
 * each a chunk of one, so one bad mail is stored as failed (and retried) while the others commit.
 * A mail that failed by itself is stored as failed with its reason and source. One result per
 * mail, in their order; a throw (storage unavailable) leaves the checkpoint where it was.
 */
export async function receiveEmails({ deps, mails, prepare }: IngestEmailsInput): Promise<ReceivedEmail[]> {
  if (mails.length === 0) return [];
  const now = deps.now?.() ?? new Date();
  const ingested = await ingestEmails({ deps, mails, prepare });
  const chunkFailed = mails.length > 1 && ingested.some((entry) => entry.status === 'failed' && !entry.alone);
  const stored = chunkFailed
    ? []
    : ingested.flatMap((entry, index) =>
        entry.status !== 'failed' && entry.stored ? [{ index, stored: entry.stored }] : [],
      );
  const outcomes = ingested.map((entry): ReceivedEmail | { readonly error: unknown } =>
    entry.status === 'failed'
      ? { error: entry.error }
      : { status: entry.status, messageId: entry.stored?.messageId ?? null },
  );
  // The mails to take again one at a time, each a chunk of one.
  let again: number[] = [];
  if (chunkFailed) {
    deps.log(`email: chunk of ${mails.length} failed; one mail at a time`);
    again = mails.map((_, index) => index);
  } else {
    try {
      await followUpEmails({ deps, stored: stored.map((entry) => entry.stored) });
    } catch (error) {
      if (mails.length === 1) {
        outcomes[0] = { error };
      } else {
        // Every stored mail of the chunk is now a replay for a chunk of one, which redoes its
        // follow-ups and stores the one that fails as failed, so it is retried.
        deps.log(`email: follow-ups of a chunk failed (${(error as Error).message}); one mail at a time`);
        again = stored.map(({ index }) => index);
      }
    }
  }
  for (const index of again) {
    const [alone] = await receiveEmails({ deps, mails: [mails[index]!], prepare });
    // A replay's follow-ups that now went through keep the status the chunk gave the mail.
    if (chunkFailed || alone!.status === 'failed') outcomes[index] = alone!;
  }
  const received: ReceivedEmail[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    if ('error' in outcome) {
      const failed = await recordFailedEmail({ deps, mail: mails[index]!, error: outcome.error, now });
      received.push({ status: 'failed', messageId: failed.messageId });
    } else {
      received.push(outcome);
    }
  }
  return received;
}
