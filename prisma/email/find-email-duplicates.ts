import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface StoredEmailKey {
  readonly id: string;
  readonly externalId: string;
  readonly contentHash: string | null;
}

/**
 * Inbound emails already stored (not failed) under any of these external ids or with any of
 * these content hashes, oldest first, in one query for a whole chunk. The external id says
 * whether a mail is stored already (a replay); the content hash only finds a possible duplicate
 * to flag (bot/email/identify-emails.ts).
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
    `SELECT id::text AS id, external_id AS "externalId", content_hash AS "contentHash"
     FROM message
     WHERE channel = 'email' AND direction = 'inbound' AND status <> 'failed'
       AND (external_id = ANY($1::text[]) OR content_hash = ANY($2::text[]))
     ORDER BY created_at, id`,
    [...externalIds],
    [...contentHashes],
  );
}
