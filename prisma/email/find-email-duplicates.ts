import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface StoredEmailKey {
  readonly id: string;
  readonly externalId: string;
  readonly contentHash: string | null;
}

/**
 * Inbound emails already stored (not failed) under any of these external ids or with any of
 * these content hashes, in one query: the de-duplication of a whole chunk.
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
       AND (external_id = ANY($1::text[]) OR content_hash = ANY($2::text[]))`,
    [...externalIds],
    [...contentHashes],
  );
}
