import type { FetchedMail } from '../../channels/email/imap-ingester.ts';
import { type EmailMatch, matchInboundEmail } from '../../channels/email/match-inbound-email.ts';
import { createEmailMatchLookup } from '../../prisma/debtors/create-email-match-lookup.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import type { EmailDeps } from '../server/email-deps.ts';
import { boundMatchInput } from './bound-match-input.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import { type EmailIdentity, identifyEmails } from './identify-emails.ts';
import { type PreparedEmail, type PrepareEmail, prepareOnThisThread } from './prepare-inbound-email.ts';
import { type ProcessedInbound, processInboundMessages } from './process-inbound-messages.ts';

/** A mail stored now or before (a replay), with what its follow-ups need. */
export interface StoredEmail {
  readonly prepared: PreparedEmail;
  readonly match: EmailMatch;
  /** The stored inbound message. */
  readonly messageId: string;
  /** What the pipeline did now; null for a replay (stored before a crash), which redoes every follow-up. */
  readonly processed: ProcessedInbound | null;
}

/** What became of one mail of the chunk. */
export type IngestedEmail =
  | {
      readonly status: 'processed' | 'unmatched' | 'duplicate';
      /** Null for the same Message-ID again later in the chunk: stored once, as the first. */
      readonly stored: StoredEmail | null;
    }
  | {
      readonly status: 'failed';
      readonly error: unknown;
      /**
       * True when the mail failed by itself (it could not be prepared, or it was a chunk of one);
       * false when the chunk's transaction failed, so the mail may well go through alone.
       */
      readonly alone: boolean;
    };

export interface IngestEmailsInput {
  readonly deps: EmailDeps;
  readonly mails: readonly FetchedMail[];
  /** Parses and understands a mail (serve: in worker threads); by default on this thread. */
  readonly prepare?: PrepareEmail | undefined;
}

type Slot = { readonly kind: 'failed'; readonly error: unknown } | EmailIdentity;

/**
 * A chunk of fetched mail to its stored messages, classifications and proposals, with a fixed
 * number of queries: prepare every mail (parse, hash, PDF text, understand), identify the chunk in
 * one query (identifyEmails: a mail already stored under its Message-ID is a replay, the same
 * Message-ID twice in the chunk is stored once, the same content under another Message-ID is
 * stored and flagged), match all mails through one batched lookup, and run the shared pipeline
 * for the new ones in ONE transaction, attachments included. The use case ends at the store:
 * nothing here stores a failure, retries or follows up. What failed is reported (a mail that could
 * not be prepared, or every mail of a chunk whose transaction failed), and the caller (the e-mail
 * sink, receiveEmails) stores it as failed or retries the chunk mail by mail, then runs the
 * follow-ups of the stored ones. Throws only when the chunk cannot even be identified
 * (storage unavailable); the ingester then stops without moving its checkpoint.
 * Results come back in the order of `mails`.
 */
export async function ingestEmails({
  deps,
  mails,
  prepare = prepareOnThisThread,
}: IngestEmailsInput): Promise<IngestedEmail[]> {
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
  const stored = new Map<number, StoredEmail>();
  const statuses = new Map<number, 'processed' | 'unmatched' | 'duplicate'>();
  try {
    const active = slots.flatMap((slot, index) =>
      slot.kind === 'fresh' || slot.kind === 'replay' ? [{ slot, index }] : [],
    );
    const lookup = createEmailMatchLookup(sql);
    const matches: EmailMatch[] = await Promise.all(
      active.map(({ slot }) =>
        matchInboundEmail({
          ...boundMatchInput(slot.prepared),
          lookup,
          replyTokenSecret: deps.email.replyTokenSecret,
          authservIds: deps.email.authservIds,
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
        attachments: ready.attachments,
      })),
    });
    const done = new Map(fresh.map(({ index }, position) => [index, processed[position]!]));
    active.forEach(({ slot, index }, position) => {
      const result = done.get(index) ?? null;
      // A replay was stored before a crash: nothing new is stored, every follow-up is redone.
      statuses.set(index, result?.outcome ?? 'duplicate');
      stored.set(index, {
        prepared: slot.prepared,
        match: matches[position]!,
        messageId: slot.kind === 'replay' ? slot.messageId : result!.messageId,
        processed: result,
      });
    });
  } catch (error) {
    deps.log(`email: chunk of ${mails.length} failed (${(error as Error).message})`);
    return prepared.map(
      (entry): IngestedEmail =>
        entry.ok
          ? { status: 'failed', error, alone: mails.length === 1 }
          : { status: 'failed', error: entry.error, alone: true },
    );
  }
  // A mail that could not be prepared keeps the reason the prepare step gave: parsing it again
  // on the main thread would pay the worst case's cost where it blocks everything else.
  return slots.map((slot, index): IngestedEmail => {
    if (slot.kind === 'failed') return { status: 'failed', error: slot.error, alone: true };
    if (slot.kind === 'duplicate') return { status: 'duplicate', stored: null };
    return { status: statuses.get(index)!, stored: stored.get(index)! };
  });
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
