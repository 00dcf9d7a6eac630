import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface StoredEmailKey {
  readonly id: string;
  readonly externalId: string;
  readonly contentHash: string | null;
  /** outbound: one of our own mails holds this Message-ID (an echo, or a reused id). */
  readonly direction: 'inbound' | 'outbound';
}

/**
 * Inbound emails already stored (not failed) under any of these external ids or with any of
 * these content hashes, and our outbound mails under any of these ids, oldest first, in one query for a whole chunk. The external id says
 * whether a mail is stored already (a replay); the content hash only finds a possible duplicate
 * to flag (bot/inbound/identify-emails.ts).
 */
export async function findEmailDuplicates({
  prisma,
  externalIds,
  contentHashes,
}: {
  prisma: RawSqlRunner;
  externalIds: readonly string[];
  contentHashes: readonly string[];
}): Promise<StoredEmailKey[]> {
  if (externalIds.length === 0 && contentHashes.length === 0) return [];
  return prisma.$queryRawUnsafe<StoredEmailKey[]>(
    `SELECT id::text AS id, external_id AS "externalId", content_hash AS "contentHash",
       direction::text AS direction
     FROM message
     WHERE channel = 'email'
       AND ((direction = 'inbound' AND status <> 'failed'
             AND (external_id = ANY($1::text[]) OR content_hash = ANY($2::text[])))
         -- Inbound and outbound share (channel, external_id): an inbound mail under one of our
         -- Message-IDs must be kept under another id, not lost as "already stored".
         OR (direction = 'outbound' AND external_id = ANY($1::text[])))
     ORDER BY created_at, id`,
    [...externalIds],
    [...contentHashes],
  );
}
