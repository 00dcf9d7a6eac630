import type { PrismaClient } from '../generated/client.ts';

export interface OutboundRow {
  readonly id: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly threadId: string | null;
  readonly toAddress: string | null;
}

/**
 * The reads the email matcher needs (channels/email EmailMatchLookup), over the message,
 * invoice and contact tables. Outbound mail is found by its Message-ID (our external id).
 */
export function createEmailMatchLookup(prisma: PrismaClient) {
  const outbound = async (
    where: { externalId: { in: string[] } } | { id: string },
  ): Promise<OutboundRow | null> => {
    const rows = await prisma.message.findMany({
      where: { ...where, channel: 'email', direction: 'outbound', debtorId: { not: null } },
      select: {
        id: true,
        debtorId: true,
        invoiceId: true,
        toAddress: true,
        createdAt: true,
        conversation: { select: { externalThreadId: true } },
      },
      orderBy: { createdAt: 'desc' },
      take: 1,
    });
    const row = rows[0];
    return row
      ? {
          id: row.id,
          debtorId: row.debtorId!,
          invoiceId: row.invoiceId,
          threadId: row.conversation?.externalThreadId ?? null,
          toAddress: row.toAddress,
        }
      : null;
  };
  return {
    outboundByMessageIds: (ids: readonly string[]) => outbound({ externalId: { in: [...ids] } }),
    outboundById: (id: string) => (/^[0-9a-f-]{36}$/iu.test(id) ? outbound({ id }) : Promise.resolve(null)),
    async invoicesByNumbers(numbers: readonly string[]) {
      // Extracted numbers are upper case; the ledger's may not be.
      const wanted = numbers.map((number) => number.toUpperCase());
      return prisma.$queryRaw<{ id: string; debtorId: string; number: string }[]>`
        SELECT id::text AS id, debtor_id::text AS "debtorId", number FROM invoice WHERE upper(number) = ANY(${wanted})`;
    },
    async debtorsByContactAddress(address: string) {
      const rows = await prisma.contact.findMany({
        where: { email: { equals: address, mode: 'insensitive' } },
        select: { debtorId: true },
        distinct: ['debtorId'],
      });
      return rows.map((row) => row.debtorId);
    },
    async debtorsByContactDomain(domain: string) {
      const rows = await prisma.contact.findMany({
        where: { email: { endsWith: `@${domain}`, mode: 'insensitive' } },
        select: { debtorId: true },
        distinct: ['debtorId'],
        take: 5,
      });
      return rows.map((row) => row.debtorId);
    },
  };
}
