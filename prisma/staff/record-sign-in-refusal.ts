import type { PrismaClient } from '../generated/client.ts';

/** An identity the provider vouched for but that is no (active) staff: audited, so an admin can see who tried. */
export async function recordSignInRefusal({
  prisma,
  email,
  via,
  why,
}: {
  prisma: PrismaClient;
  email: string;
  via: 'oidc' | 'link';
  why: string;
}): Promise<void> {
  await prisma.auditEvent.create({
    data: {
      actor: 'console',
      type: 'staff.sign_in_refused',
      entityType: 'staff',
      entityId: email,
      data: { via, why },
    },
  });
}
