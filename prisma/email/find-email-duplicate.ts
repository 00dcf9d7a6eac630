import type { PrismaClient } from '../generated/client.ts';
import { findEmailDuplicates } from './find-email-duplicates.ts';

/**
 * An inbound email already stored under this external id or with this content hash (the same
 * mail delivered twice under two Message-IDs); null when the mail is new. The same external id
 * wins over the same content, so a replay after a crash is recognised as one.
 */
export async function findEmailDuplicate({
  prisma,
  externalId,
  contentHash,
}: {
  prisma: PrismaClient;
  externalId: string;
  contentHash: string;
}): Promise<{ id: string; externalId: string } | null> {
  const found = await findEmailDuplicates({
    prisma,
    externalIds: [externalId],
    contentHashes: [contentHash],
  });
  const row = found.find((candidate) => candidate.externalId === externalId) ?? found[0];
  return row ? { id: row.id, externalId: row.externalId } : null;
}
