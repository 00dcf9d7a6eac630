import type { DunningInvoice, DunningPause, DunningState } from '../../domain/dunning/dunning-types.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';
import { fromIsoDate, toIsoDate } from '../sql/to-iso-date.ts';

export interface DunningCandidate {
  readonly id: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly language: string;
  readonly contacts: readonly {
    readonly email: string;
    readonly isPrimary: boolean;
    readonly undeliverable: boolean;
  }[];
  readonly invoices: readonly DunningInvoice[];
  readonly states: readonly DunningState[];
  readonly pauses: readonly DunningPause[];
}

/**
 * Debtors with at least one invoice past its due date that is not settled, with what the ladder
 * needs: invoices, ladder states and pauses that have not ended or been lifted.
 */
export async function loadDunningCandidates({
  prisma,
  today,
}: {
  prisma: PrismaClient;
  today: string;
}): Promise<DunningCandidate[]> {
  const debtors = await prisma.debtor.findMany({
    where: {
      invoices: {
        some: { status: { in: ['open', 'disputed', 'planned'] }, dueDate: { lt: fromIsoDate(today) } },
      },
    },
    include: {
      contacts: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }] },
      invoices: {
        where: { status: { in: ['open', 'disputed', 'planned'] } },
        include: {
          dunning: true,
          pauses: { where: { liftedAt: null, until: { gte: fromIsoDate(today) } } },
        },
        orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
      },
    },
    orderBy: { reference: 'asc' },
  });
  return debtors.map((debtor) => ({
    id: debtor.id,
    name: debtor.name,
    kind: debtor.kind as DebtorKind,
    language: debtor.language,
    contacts: debtor.contacts.map((c) => ({
      email: c.email,
      isPrimary: c.isPrimary,
      undeliverable: c.undeliverable,
    })),
    invoices: debtor.invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      openCents: invoice.openCents,
      currency: 'EUR' as const,
      dueDate: toIsoDate(invoice.dueDate),
      status: invoice.status as InvoiceStatus,
    })),
    states: debtor.invoices
      .filter((invoice) => invoice.dunning)
      .map((invoice) => ({
        invoiceId: invoice.id,
        lastStepCode: invoice.dunning!.stepCode,
        lastStepSentOn: invoice.dunning!.lastStepAt ? amsterdamDate(invoice.dunning!.lastStepAt) : null,
      })),
    pauses: debtor.invoices.flatMap((invoice) =>
      invoice.pauses.map((pause) => ({
        invoiceId: invoice.id,
        until: toIsoDate(pause.until),
        reason: pause.reason,
      })),
    ),
  }));
}
