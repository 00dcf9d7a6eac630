import type { PrismaClient } from '../generated/client.ts';

export interface DebtorPostalAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

/** The debtor's postal address, or null unless street, postal code and city are all known (country defaults to Nederland). */
export async function loadDebtorAddress({
  prisma,
  debtorId,
}: {
  prisma: PrismaClient;
  debtorId: string;
}): Promise<DebtorPostalAddress | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    select: { addressStreet: true, addressPostalCode: true, addressCity: true, addressCountry: true },
  });
  if (!debtor?.addressStreet || !debtor.addressPostalCode || !debtor.addressCity) return null;
  return {
    street: debtor.addressStreet,
    postalCode: debtor.addressPostalCode,
    city: debtor.addressCity,
    country: debtor.addressCountry ?? 'Nederland',
  };
}
