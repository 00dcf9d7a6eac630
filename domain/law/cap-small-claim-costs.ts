import { addMonths } from '../calendar/add-months.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { WikResult } from './compute-wik.ts';

/** A claim "under EUR 266.67": its principal is at most 26,666 cents (15% of it is below the EUR 40 minimum). */
export const SMALL_CLAIM_LIMIT_CENTS = 26_667;
/** At most EUR 140 of collection costs per six months for recurring small claims. */
export const SMALL_CLAIM_CAP_CENTS = 14_000;
/** The cap is in force since 2024-10-01 (shared/design/DOMAIN.md). */
export const SMALL_CLAIM_CAP_SINCE: IsoDate = '2024-10-01';

/** Collection costs an earlier letter stated for some of the debtor's small claims (one entry per letter). */
export interface StatedCosts {
  readonly invoiceIds: readonly string[];
  readonly on: IsoDate;
  /** The WIK amount the letter stated, without the VAT increase. */
  readonly costsCents: number;
}

export interface SmallClaimCap {
  /** What earlier letters stated within the six months up to today. */
  readonly earlierCents: number;
  /** The scale's amount before the cap. */
  readonly uncappedCents: number;
  readonly windowFrom: IsoDate;
}

/**
 * The EUR 140 per six months cap for recurring small claims (every claim in the letter under
 * EUR 266.67), on top of the WIK scale: the costs of this letter are at most EUR 140 minus what
 * letters for the debtor's other small claims stated in the six months up to today. We cannot
 * tell whether two claims come from the same agreement, so every small claim of the debtor
 * counts: charging too little is lawful, too much is not. A letter that restates costs for the
 * same invoices (the hand-over after a 14-day letter) is the same charge and is not counted
 * twice. The VAT increase, where the creditor cannot reclaim VAT, follows the capped amount.
 * Returns the WIK result unchanged (cap null) when the cap does not apply or does not bite.
 */
export function capSmallClaimCosts({
  wik,
  invoices,
  earlier,
  today,
}: {
  wik: WikResult;
  invoices: readonly { readonly id: string; readonly principalCents: number }[];
  earlier: readonly StatedCosts[];
  today: IsoDate;
}): WikResult & { readonly smallClaimCap: SmallClaimCap | null } {
  const unchanged = { ...wik, smallClaimCap: null };
  if (today < SMALL_CLAIM_CAP_SINCE) return unchanged;
  if (invoices.length === 0 || invoices.some((invoice) => invoice.principalCents >= SMALL_CLAIM_LIMIT_CENTS))
    return unchanged;
  const ours = new Set(invoices.map((invoice) => invoice.id));
  const windowFrom = addMonths(today, -6);
  const earlierCents = earlier
    .filter(
      (stated) =>
        stated.on > windowFrom &&
        stated.on <= today &&
        stated.on >= SMALL_CLAIM_CAP_SINCE &&
        !stated.invoiceIds.some((id) => ours.has(id)),
    )
    .reduce((sum, stated) => sum + stated.costsCents, 0);
  const room = Math.max(0, SMALL_CLAIM_CAP_CENTS - earlierCents);
  if (wik.wikCents <= room) return unchanged;
  const vatCents = Math.floor((room * wik.vatRateBasisPoints + 5_000) / 10_000);
  return {
    principalCents: wik.principalCents,
    wikCents: room,
    vatCents,
    vatRateBasisPoints: wik.vatRateBasisPoints,
    costsCents: room + vatCents,
    smallClaimCap: { earlierCents, uncappedCents: wik.wikCents, windowFrom },
  };
}
