import type { FetchedMail } from '../../channels/email/imap-ingester.ts';
import { findEmailDuplicates } from '../../prisma/messages/find-email-duplicates.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';

export type EmailIdentity =
  /** Stored before under this identity (a crash after commit): nothing new, every follow-up redone. */
  | { readonly kind: 'replay'; readonly prepared: PreparedEmail; readonly messageId: string }
  /** The same identity earlier in this chunk: the same mail fetched twice, stored once. */
  | { readonly kind: 'duplicate'; readonly prepared: PreparedEmail; readonly of: number }
  | {
      readonly kind: 'fresh';
      readonly prepared: PreparedEmail;
      /** External id of an earlier mail with the same content (or Message-ID): flagged, not dropped. */
      readonly possibleDuplicateOf: string | null;
    };

/** Enough of a content hash to tell two mails under one Message-ID apart. */
const HASH_SUFFIX = 16;

/**
 * Who each fetched mail is, so none is dropped and none is stored twice. Identity is the
 * Message-ID; a mail without one is its place in the mailbox (mailbox, UIDVALIDITY and UID,
 * which IMAP never reuses) plus its content hash. The content hash alone never makes a mail a
 * duplicate: two payment advices with the same text under two Message-IDs are two mails, stored
 * both, the second flagged as a possible duplicate of the first. A second mail under a Message-ID
 * we already hold with other content (a sender reusing ids, or someone forging one) is stored
 * under that id plus its hash and flagged the same way. One query for the whole chunk; the
 * single-mail path is a chunk of one. Entries that failed to prepare stay null.
 */
export async function identifyEmails({
  sql,
  mails,
}: {
  sql: RawSqlRunner;
  mails: readonly ({ readonly mail: FetchedMail; readonly prepared: PreparedEmail } | null)[];
}): Promise<(EmailIdentity | null)[]> {
  const ready = mails.map((entry) => (entry ? withMailboxIdentity(entry.prepared, entry.mail) : null));
  const present = ready.filter((prepared): prepared is PreparedEmail => prepared !== null);
  const stored = await findEmailDuplicates({
    prisma: sql,
    externalIds: present.flatMap((prepared) => [prepared.externalId, variantId(prepared)]),
    contentHashes: present.map((prepared) => prepared.contentHash),
  });
  const byExternalId = new Map(
    stored.filter((row) => row.direction === 'inbound').map((row) => [row.externalId, row]),
  );
  const ours = new Set(stored.filter((row) => row.direction === 'outbound').map((row) => row.externalId));
  const byHash = new Map<string, string>();
  // Oldest first: the first stored copy is the one a later copy points at.
  for (const row of stored)
    if (row.direction === 'inbound' && row.contentHash && !byHash.has(row.contentHash))
      byHash.set(row.contentHash, row.externalId);
  const chunkIds = new Map<string, { index: number; hash: string }>();
  const chunkHashes = new Map<string, string>();
  return ready.map((prepared, index): EmailIdentity | null => {
    if (!prepared) return null;
    const hash = prepared.contentHash;
    const variant = variantId(prepared);
    const storedVariant = byExternalId.get(variant);
    if (storedVariant)
      return { kind: 'replay', prepared: { ...prepared, externalId: variant }, messageId: storedVariant.id };
    const storedSame = byExternalId.get(prepared.externalId);
    // A row stored before content hashes existed cannot be told apart: it is the same mail.
    if (storedSame && (storedSame.contentHash === hash || storedSame.contentHash === null))
      return { kind: 'replay', prepared, messageId: storedSame.id };
    const earlier = chunkIds.get(prepared.externalId);
    if (earlier && earlier.hash === hash) return { kind: 'duplicate', prepared, of: earlier.index };
    const earlierVariant = chunkIds.get(variant);
    if (earlierVariant) return { kind: 'duplicate', prepared, of: earlierVariant.index };
    // Our own Message-ID on an inbound mail (an echo of our mail, or a reused id) is taken too.
    const taken = storedSame !== undefined || earlier !== undefined || ours.has(prepared.externalId);
    const identified = taken ? { ...prepared, externalId: variant } : prepared;
    const possibleDuplicateOf = taken
      ? prepared.externalId
      : (byHash.get(hash) ?? chunkHashes.get(hash) ?? null);
    chunkIds.set(identified.externalId, { index, hash });
    if (!chunkHashes.has(hash)) chunkHashes.set(hash, identified.externalId);
    return { kind: 'fresh', prepared: identified, possibleDuplicateOf };
  });
}

/**
 * A mail without a Message-ID is identified by its place in the mailbox, so two such mails with
 * the same text are two mails, and the same mail fetched again after a crash is the same one.
 */
function withMailboxIdentity(prepared: PreparedEmail, mail: FetchedMail): PreparedEmail {
  if (prepared.email.messageId) return prepared;
  const place = `${encodeURIComponent(mail.mailbox)}.${mail.uidValidity}.${mail.uid}`;
  return {
    ...prepared,
    externalId: `<no-message-id.${place}.${prepared.contentHash.slice(0, HASH_SUFFIX)}@collections>`,
  };
}

/** The id a second, different mail under an already stored Message-ID is kept under. */
function variantId(prepared: PreparedEmail): string {
  return `${prepared.externalId}#${prepared.contentHash.slice(0, HASH_SUFFIX)}`;
}
