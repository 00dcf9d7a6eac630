import type { PrismaClient } from '../generated/client.ts';

/** Stores a one-time sign-in link (by the hash of its token) for an active member of staff. */
export async function createSignInLink({
  prisma,
  tokenHash,
  staffId,
  now,
  expiresAt,
}: {
  prisma: PrismaClient;
  tokenHash: string;
  staffId: string;
  now: Date;
  expiresAt: Date;
}): Promise<void> {
  await prisma.$transaction([
    prisma.staffSignInLink.create({ data: { tokenHash, staffId, createdAt: now, expiresAt } }),
    prisma.auditEvent.create({
      data: {
        actor: 'console',
        type: 'staff.sign_in_link_sent',
        entityType: 'staff',
        entityId: staffId,
        data: { expiresAt: expiresAt.toISOString() },
      },
    }),
  ]);
}
