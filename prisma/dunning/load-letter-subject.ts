import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/** What a letter about one invoice needs to know: the invoice, its debtor and who reads it. */
export interface LetterSubject {
  readonly invoice: {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: IsoDate;
    readonly status: string;
  };
  readonly debtor: {
    readonly id: string;
    readonly name: string;
    readonly kind: DebtorKind;
    readonly language: string;
  };
  /** The first deliverable contact (primary first); null: none on file. */
  readonly contact: { readonly name: string | null; readonly email: string } | null;
}

/** An invoice by its number as in the ledger, with what its letter needs (`letters preview`). */
export async function loadLetterSubject({
  prisma,
  number,
}: {
  prisma: PrismaClient;
  number: string;
}): Promise<LetterSubject | null> {
  const invoice = await prisma.invoice.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      openCents: true,
      dueDate: true,
      status: true,
      debtor: {
        select: {
          id: true,
          name: true,
          kind: true,
          language: true,
          contacts: {
            where: { undeliverable: false, active: true, receivesReminders: true },
            orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }],
            select: { name: true, email: true },
            take: 1,
          },
        },
      },
    },
  });
  if (!invoice) return null;
  const [contact] = invoice.debtor.contacts;
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      openCents: invoice.openCents,
      dueDate: toIsoDate(invoice.dueDate) as IsoDate,
      status: invoice.status,
    },
    debtor: {
      id: invoice.debtor.id,
      name: invoice.debtor.name,
      kind: invoice.debtor.kind,
      language: invoice.debtor.language,
    },
    contact: contact ?? null,
  };
}
