import type { PrismaClient } from '../generated/client.ts';

/** Signs a browser out: its session row is deleted (a copy of the cookie is then worthless). */
export async function endStaffSession({
  prisma,
  idHash,
  staffId,
}: {
  prisma: PrismaClient;
  idHash: string;
  staffId: string;
}): Promise<void> {
  await prisma.$transaction([
    prisma.staffSession.deleteMany({ where: { idHash } }),
    prisma.auditEvent.create({
      data: {
        actor: `staff:${staffId}`,
        type: 'staff.signed_out',
        entityType: 'staff',
        entityId: staffId,
        data: {},
      },
    }),
  ]);
}
