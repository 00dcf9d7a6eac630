import type { FetchedMail, IngestStatus } from '../../channels/email/imap-ingester.ts';
import { type EmailMatch, matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/debtors/create-email-match-lookup.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { boundMatchInput } from './bound-match-input.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import { type EmailIdentity, identifyEmails } from './identify-emails.ts';
import { type PreparedEmail, type PrepareEmail, prepareOnThisThread } from './prepare-inbound-email.ts';
import { processInboundMessages } from './process-inbound-messages.ts';
import { recordFailedEmail } from './record-failed-email.ts';
import { runEmailFollowUps, type StoredEmail } from './run-email-follow-ups.ts';

type Slot = { readonly kind: 'failed'; readonly error: unknown } | EmailIdentity;

/**
 * A chunk of fetched mail through the email channel with a fixed number of queries: prepare
 * every mail (parse, hash, PDF text, understand), identify the chunk in one query (identifyEmails:
 * a mail already stored under its Message-ID is a replay, the same Message-ID twice in the chunk
 * is stored once, the same content under another Message-ID is stored and flagged), match all mails through one batched lookup, run the
 * shared pipeline for the new ones in ONE transaction, then the follow-ups for all at once.
 * Same outcome as ingestEmail for each mail in turn. When the chunk's transaction or its
 * follow-ups fail, the chunk goes through again mail by mail, each a chunk of one, so one bad
 * mail is stored as failed (and retried) while the others commit. Throws only when storage is
 * unavailable.
 * Statuses come back in the order of `mails`.
 */
export async function ingestEmails({
  deps,
  mails,
  prepare = prepareOnThisThread,
}: {
  deps: EmailDeps;
  mails: readonly FetchedMail[];
  prepare?: PrepareEmail;
}): Promise<IngestStatus[]> {
  if (mails.length === 0) return [];
  const now = deps.now?.() ?? new Date();
  // A custom understand (an LLM) runs in the pipeline, on the message with its match header.
  const understand = deps.understand === undefined;
  const prepared = await Promise.all(
    mails.map((mail) =>
      prepare({ mail, now, understand }).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ),
  );
  const sql = deps.sql ?? deps.prisma;
  const slots = await classify(sql, mails, prepared);
  const active = slots.flatMap((slot, index) =>
    slot.kind === 'fresh' || slot.kind === 'replay' ? [{ slot, index }] : [],
  );
  let stored: StoredEmail[];
  const statuses = new Map<number, IngestStatus>();
  try {
    const lookup = createEmailMatchLookup(sql);
    const matches: EmailMatch[] = await Promise.all(
      active.map(({ slot }) =>
        matchInboundEmail({
          ...boundMatchInput(slot.prepared),
          lookup,
          replyTokenSecret: deps.email.replyTokenSecret,
        }),
      ),
    );
    const fresh = active.flatMap(({ slot, index }, position) =>
      slot.kind === 'fresh'
        ? [
            {
              prepared: slot.prepared,
              index,
              match: matches[position]!,
              possibleDuplicateOf: slot.possibleDuplicateOf,
            },
          ]
        : [],
    );
    const processed = await processInboundMessages({
      prisma: sql,
      policy: deps.policy,
      ...(deps.understand ? { understand: deps.understand } : {}),
      now,
      items: fresh.map(({ prepared: ready, match, possibleDuplicateOf }) => ({
        message: buildInboundMessage({ prepared: ready, match, now, possibleDuplicateOf }),
        understanding: ready.understanding ?? undefined,
        actor: `email:${ready.email.from ?? 'unknown'}`,
      })),
    });
    const done = new Map(fresh.map(({ index }, position) => [index, processed[position]!]));
    stored = active.map(({ slot, index }, position) => {
      const result = done.get(index) ?? null;
      // A replay was stored before a crash: nothing new is stored, every follow-up is redone.
      statuses.set(index, result?.outcome ?? 'duplicate');
      return {
        prepared: slot.prepared,
        match: matches[position]!,
        messageId: slot.kind === 'replay' ? slot.messageId : result!.messageId,
        processed: result,
      };
    });
  } catch (error) {
    if (mails.length === 1) return [await failOne(deps, mails[0]!, error, now)];
    deps.log(`email: chunk of ${mails.length} failed (${(error as Error).message}); one mail at a time`);
    return oneByOne(deps, mails, prepare);
  }
  try {
    await runEmailFollowUps({ deps, stored });
  } catch (error) {
    if (mails.length === 1) return [await failOne(deps, mails[0]!, error, now)];
    // Every stored mail of the chunk is now a replay for a chunk of one, which redoes its
    // follow-ups and stores the one that fails as failed, so it is retried.
    deps.log(`email: follow-ups of a chunk failed (${(error as Error).message}); one mail at a time`);
    const again = await oneByOne(
      deps,
      active.map(({ index }) => mails[index]!),
      prepare,
    );
    active.forEach(({ index }, position) => {
      if (again[position] === 'failed') statuses.set(index, 'failed');
    });
  }
  const result: IngestStatus[] = [];
  for (const [index, slot] of slots.entries()) {
    if (slot.kind === 'failed') {
      // Stored as failed with the reason the prepare step gave: parsing it again here, on the
      // main thread, would pay the worst case's cost where it blocks everything else.
      await recordFailedEmail({ deps, mail: mails[index]!, error: slot.error, now });
      result.push('failed');
    } else if (slot.kind === 'duplicate') {
      result.push('duplicate');
    } else {
      result.push(statuses.get(index)!);
    }
  }
  return result;
}

/** The chunk's mails identified against the database and against each other, in one query. */
async function classify(
  sql: RawSqlRunner,
  mails: readonly FetchedMail[],
  prepared: readonly ({ ok: true; value: PreparedEmail } | { ok: false; error: unknown })[],
): Promise<Slot[]> {
  const identities = await identifyEmails({
    sql,
    mails: prepared.map((entry, index) => (entry.ok ? { mail: mails[index]!, prepared: entry.value } : null)),
  });
  return prepared.map(
    (entry, index): Slot => (entry.ok ? identities[index]! : { kind: 'failed', error: entry.error }),
  );
}

/** Mail by mail, each a chunk of one: a bad mail is stored as failed while the others commit. */
async function oneByOne(
  deps: EmailDeps,
  mails: readonly FetchedMail[],
  prepare: PrepareEmail,
): Promise<IngestStatus[]> {
  const statuses: IngestStatus[] = [];
  for (const mail of mails) statuses.push(...(await ingestEmails({ deps, mails: [mail], prepare })));
  return statuses;
}

/** A chunk of one that failed: the mail is stored as failed with its reason, and retried later. */
async function failOne(deps: EmailDeps, mail: FetchedMail, error: unknown, now: Date): Promise<IngestStatus> {
  await recordFailedEmail({ deps, mail, error, now });
  return 'failed';
}
