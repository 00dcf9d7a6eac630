import { addMonths } from '../../domain/calendar/add-months.ts';
import type { LadderInvoice } from '../../domain/dunning/group-by-next-step.ts';
import type { StatedCosts } from '../../domain/law/cap-small-claim-costs.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { loadLadderInvoices } from '../dunning/load-ladder-invoices.ts';
import { loadStatedCosts } from '../dunning/load-stated-costs.ts';
import type { PrismaClient } from '../generated/client.ts';
import { type DebtorPostalAddress, loadDebtorAddress } from './load-debtor-address.ts';

/** What a ladder letter is planned from on the day it is sent, as the records hold it then. */
export interface LadderLetterBasis {
  readonly debtor: { readonly kind: DebtorKind; readonly language: string };
  /** null unless street, postal code and city are all known (country defaults to Nederland). */
  readonly address: DebtorPostalAddress | null;
  /** The owed invoices with their ladder state, oldest due first. */
  readonly invoices: readonly LadderInvoice[];
  /**
   * Costs earlier letters stated for the debtor's small claims in the six months up to `today`
   * (the EUR 140 cap): sent ones, and those worded before this one and still on their way.
   */
  readonly statedCosts: readonly StatedCosts[];
}

/**
 * The debtor, the owed invoices as they are now and the costs earlier letters stated: what
 * domain/letters/plan-ladder-letter.ts plans a letter from when it is sent. null: the debtor is gone.
 */
export async function loadLadderLetterBasis({
  prisma,
  debtorId,
  invoiceIds,
  today,
}: {
  prisma: PrismaClient;
  debtorId: string;
  invoiceIds: readonly string[];
  /** The letter's date (Europe/Amsterdam). */
  today: IsoDate;
}): Promise<LadderLetterBasis | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    select: { kind: true, language: true },
  });
  if (!debtor) return null;
  const invoices = await loadLadderInvoices({ prisma, debtorId, invoiceIds });

  const statedCosts = await loadStatedCosts({
    db: prisma,
    debtorIds: [debtorId],
    since: addMonths(today, -6),
  });
  return {
    debtor: { kind: debtor.kind as DebtorKind, language: debtor.language },
    address: await loadDebtorAddress({ prisma, debtorId }),
    invoices,
    statedCosts: statedCosts.get(debtorId) ?? [],
  };
}
