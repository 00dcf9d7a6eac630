import type { InstalmentStanding } from './invoice-standing.ts';

/** The first instalment not fully paid, with what is left of it; null when all are paid. */
export function nextOpenInstalment(
  instalments: readonly InstalmentStanding[],
): (InstalmentStanding & { readonly leftCents: number }) | null {
  const next = [...instalments]
    .sort((a, b) => a.sequence - b.sequence)
    .find((instalment) => instalment.status !== 'paid' && instalment.paidCents < instalment.amountCents);
  return next ? { ...next, leftCents: next.amountCents - next.paidCents } : null;
}
