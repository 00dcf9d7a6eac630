import type { PrismaClient } from '../generated/client.ts';
import type { StaffMember } from './staff-member.ts';

export type LinkRedemption =
  | { readonly kind: 'redeemed'; readonly staff: StaffMember }
  /** Unknown, used before, expired, or its member of staff removed since. */
  | { readonly kind: 'refused'; readonly why: 'unknown' | 'used' | 'expired' | 'inactive' };

/**
 * Uses a sign-in link once: the move to used is a conditional update, so two tabs (or a replay
 * of the link) racing for it cannot both get a session.
 */
export async function redeemSignInLink({
  prisma,
  tokenHash,
  now,
}: {
  prisma: PrismaClient;
  tokenHash: string;
  now: Date;
}): Promise<LinkRedemption> {
  const used = await prisma.staffSignInLink.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const row = await prisma.staffSignInLink.findUnique({
    where: { tokenHash },
    include: { staff: { select: { id: true, email: true, name: true, roles: true, active: true } } },
  });
  if (!row) return { kind: 'refused', why: 'unknown' };
  if (used.count === 0) return { kind: 'refused', why: row.usedAt ? 'used' : 'expired' };
  if (!row.staff.active) return { kind: 'refused', why: 'inactive' };
  return { kind: 'redeemed', staff: row.staff };
}
