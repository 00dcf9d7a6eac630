import type { PrismaClient } from '../generated/client.ts';

/** Stores a new session (by the hash of its id) and audits the sign-in. */
export async function createStaffSession({
  prisma,
  idHash,
  staffId,
  via,
  now,
  expiresAt,
}: {
  prisma: PrismaClient;
  idHash: string;
  staffId: string;
  via: 'oidc' | 'link';
  now: Date;
  expiresAt: Date;
}): Promise<void> {
  await prisma.$transaction([
    prisma.staffSession.create({
      data: { idHash, staffId, via, createdAt: now, lastSeenAt: now, expiresAt },
    }),
    prisma.auditEvent.create({
      data: {
        actor: `staff:${staffId}`,
        type: 'staff.signed_in',
        entityType: 'staff',
        entityId: staffId,
        data: { via },
      },
    }),
  ]);
}
