import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

export interface LetterDebtor {
  readonly id: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly language: string;
  /** Open, disputed or planned with money open; the longest overdue first. */
  readonly invoices: readonly {
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: IsoDate;
  }[];
}

/** A debtor and its open invoices, for the console's letters page; null: no such debtor. */
export async function loadLetterDebtor({
  prisma,
  debtorId,
}: {
  prisma: PrismaClient;
  debtorId: string;
}): Promise<LetterDebtor | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    select: {
      id: true,
      name: true,
      kind: true,
      language: true,
      invoices: {
        where: { status: { in: ['open', 'disputed', 'planned'] }, openCents: { gt: 0 } },
        select: { number: true, openCents: true, dueDate: true },
        orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
      },
    },
  });
  if (!debtor) return null;
  return {
    ...debtor,
    invoices: debtor.invoices.map((invoice) => ({ ...invoice, dueDate: toIsoDate(invoice.dueDate) })),
  };
}
