import type { PrismaClient } from '../generated/client.ts';
import type { StaffMember } from './staff-member.ts';

export type SessionLookup =
  | { readonly kind: 'active'; readonly staff: StaffMember; readonly via: string }
  /** It existed but ran out (idle too long, or past its absolute end): deleted now. */
  | { readonly kind: 'expired' }
  /** No such session, or its member of staff was removed. */
  | { readonly kind: 'none' };

/** Last-seen is written at most this often: a page view is not worth a write each time. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The session behind a cookie, if it is still good: its member of staff active, seen within
 * `idleMs`, before its absolute end. A session that ran out is deleted, so it never comes back.
 */
export async function loadStaffSession({
  prisma,
  idHash,
  now,
  idleMs,
}: {
  prisma: PrismaClient;
  idHash: string;
  now: Date;
  idleMs: number;
}): Promise<SessionLookup> {
  const row = await prisma.staffSession.findUnique({
    where: { idHash },
    include: { staff: { select: { id: true, email: true, name: true, roles: true, active: true } } },
  });
  if (!row) return { kind: 'none' };
  if (!row.staff.active) {
    await prisma.staffSession.deleteMany({ where: { idHash } });
    return { kind: 'none' };
  }
  if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await prisma.staffSession.deleteMany({ where: { idHash } });
    return { kind: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.staffSession.updateMany({ where: { idHash }, data: { lastSeenAt: now } });
  }
  return { kind: 'active', staff: row.staff, via: row.via };
}
