import type { PrismaClient } from '../generated/client.ts';
import type { StaffMember } from './staff-member.ts';

/** Everyone who may sign in (and, with `includeRemoved`, who once could), by e-mail address. */
export async function listStaff({
  prisma,
  includeRemoved = false,
}: {
  prisma: PrismaClient;
  includeRemoved?: boolean;
}): Promise<StaffMember[]> {
  return prisma.staff.findMany({
    where: includeRemoved ? {} : { active: true },
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, roles: true, active: true },
  });
}
