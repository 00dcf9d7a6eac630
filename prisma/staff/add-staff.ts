import type { StaffRole } from '../../domain/staff/staff-role.ts';
import type { PrismaClient } from '../generated/client.ts';
import type { StaffMember } from './staff-member.ts';

/**
 * Adds a member of staff, or updates the name and roles of one already known (and makes them
 * active again after a removal), with an audit event either way.
 */
export async function addStaff({
  prisma,
  email,
  name,
  roles,
  actor,
}: {
  prisma: PrismaClient;
  /** Lower-cased by the caller's schema. */
  email: string;
  name: string;
  roles: readonly StaffRole[];
  actor: string;
}): Promise<{ staff: StaffMember; created: boolean }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.staff.findUnique({ where: { email } });
    const row = await tx.staff.upsert({
      where: { email },
      create: { email, name, roles: [...roles] },
      update: { name, roles: [...roles], active: true },
    });
    await tx.auditEvent.create({
      data: {
        actor,
        type: before ? 'staff.updated' : 'staff.added',
        entityType: 'staff',
        entityId: row.id,
        data: {
          email,
          roles: [...roles],
          ...(before ? { before: { name: before.name, roles: before.roles, active: before.active } } : {}),
        },
      },
    });
    return { staff: row, created: !before };
  });
}
