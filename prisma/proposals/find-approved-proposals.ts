import type { PrismaClient } from '../generated/client.ts';

/**
 * Proposals a person approved that are not carried out yet: normally none for more than a
 * moment (the click executes right away); after a crash between approval and execution, the
 * worker finds them here and carries them out with the approver as actor.
 */
export async function findApprovedProposals({
  prisma,
  limit = 20,
}: {
  prisma: PrismaClient;
  limit?: number;
}): Promise<{ id: string; decidedBy: string | null }[]> {
  return prisma.proposal.findMany({
    where: { status: 'approved' },
    select: { id: true, decidedBy: true },
    orderBy: { decidedAt: 'asc' },
    take: limit,
  });
}
