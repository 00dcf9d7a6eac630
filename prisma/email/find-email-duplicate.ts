import type { PrismaClient } from '../generated/client.ts';

/**
 * An inbound email already stored under this external id or with this content hash (the same
 * mail delivered twice under two Message-IDs); null when the mail is new.
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
  return prisma.message.findFirst({
    where: {
      channel: 'email',
      direction: 'inbound',
      status: { not: 'failed' },
      OR: [{ externalId }, { contentHash }],
    },
    select: { id: true, externalId: true },
  });
}
