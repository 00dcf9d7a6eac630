import type { PrismaClient } from '../generated/client.ts';
import type { StaffMember } from './staff-member.ts';

/** The active member of staff with this (lower-cased) address, or null: the only way into the console. */
export async function findActiveStaff({
  prisma,
  email,
}: {
  prisma: PrismaClient;
  email: string;
}): Promise<StaffMember | null> {
  return prisma.staff.findFirst({
    where: { email, active: true },
    select: { id: true, email: true, name: true, roles: true, active: true },
  });
}
