import type { PrismaClient } from '../generated/client.ts';

/**
 * A bounce says mail to these addresses does not arrive: the debtor's contacts with them are
 * marked undeliverable (no more automated mail goes there) and a person is told via the audit.
 */
export async function markContactUndeliverable({
  prisma,
  debtorId,
  addresses,
  reason,
  bounceMessageId,
}: {
  prisma: PrismaClient;
  debtorId: string;
  addresses: readonly string[];
  reason: string;
  bounceMessageId: string;
}): Promise<number> {
  if (addresses.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    const contacts = await tx.contact.findMany({
      where: {
        debtorId,
        undeliverable: false,
        OR: addresses.map((address) => ({ email: { equals: address, mode: 'insensitive' as const } })),
      },
      select: { id: true, email: true },
    });
    if (contacts.length === 0) return 0;
    await tx.contact.updateMany({
      where: { id: { in: contacts.map((contact) => contact.id) } },
      data: { undeliverable: true, undeliverableReason: reason.slice(0, 500) },
    });
    await tx.auditEvent.createMany({
      data: contacts.map((contact) => ({
        actor: 'email',
        type: 'contact.undeliverable',
        entityType: 'contact',
        entityId: contact.id,
        data: { email: contact.email, reason: reason.slice(0, 500), bounceMessageId },
      })),
    });
    return contacts.length;
  });
}
