import type { PrismaClient } from '../generated/client.ts';

/**
 * Takes a member of staff's access away at once: inactive (the row stays, so audit events keep
 * naming them), every session and unused sign-in link gone. Returns false for an unknown address.
 */
export async function removeStaff({
  prisma,
  email,
  actor,
}: {
  prisma: PrismaClient;
  email: string;
  actor: string;
}): Promise<{ found: boolean; sessionsEnded: number }> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.staff.findUnique({ where: { email } });
    if (!row) return { found: false, sessionsEnded: 0 };
    await tx.staff.update({ where: { id: row.id }, data: { active: false } });
    const sessions = await tx.staffSession.deleteMany({ where: { staffId: row.id } });
    await tx.staffSignInLink.deleteMany({ where: { staffId: row.id, usedAt: null } });
    await tx.auditEvent.create({
      data: {
        actor,
        type: 'staff.removed',
        entityType: 'staff',
        entityId: row.id,
        data: { email, sessionsEnded: sessions.count },
      },
    });
    return { found: true, sessionsEnded: sessions.count };
  });
}
