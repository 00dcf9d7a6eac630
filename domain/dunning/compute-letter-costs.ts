import { capSmallClaimCosts, type SmallClaimCap, type StatedCosts } from '../law/cap-small-claim-costs.ts';
import { computeWik, type WikResult } from '../law/compute-wik.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { LadderStep } from '../policy/collections-policy.ts';

/**
 * The collection costs a ladder letter states: the WIK scale on the letter's principal, capped
 * for recurring small claims (capSmallClaimCosts) by what `earlier` letters stated. null for a
 * step that states no costs and is not the hand-over.
 */
export function computeLetterCosts({
  step,
  invoices,
  earlier,
  today,
}: {
  step: Pick<LadderStep, 'statesCosts' | 'handover'>;
  invoices: readonly { readonly id: string; readonly openCents: number }[];
  earlier: readonly StatedCosts[];
  today: IsoDate;
}): (WikResult & { readonly smallClaimCap: SmallClaimCap | null }) | null {
  if (!step.statesCosts && !step.handover) return null;
  const principalCents = invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
  return capSmallClaimCosts({
    wik: computeWik({ principalCents }),
    invoices: invoices.map((invoice) => ({ id: invoice.id, principalCents: invoice.openCents })),
    earlier,
    today,
  });
}
