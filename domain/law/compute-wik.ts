import { AppError } from '../errors/app-error.ts';

/**
 * The WIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2), as
 * tranches of the principal in cents and a rate in tenths of a percent (per mille), so
 * every tranche's share is an integer number of thousandths of a cent and nothing is a float.
 */
const TRANCHES: readonly { readonly upToCents: number; readonly perMille: number }[] = [
  { upToCents: 250_000, perMille: 150 },
  { upToCents: 500_000, perMille: 100 },
  { upToCents: 1_000_000, perMille: 50 },
  { upToCents: 20_000_000, perMille: 10 },
  { upToCents: Number.POSITIVE_INFINITY, perMille: 5 },
];
export const WIK_MINIMUM_CENTS = 4_000;
export const WIK_MAXIMUM_CENTS = 677_500;
export const DEFAULT_VAT_BASIS_POINTS = 2_100;

export interface WikResult {
  readonly principalCents: number;
  /** Collection costs per the scale, between the minimum and the maximum. */
  readonly wikCents: number;
  /** The VAT increase on the costs (0 when the creditor can reclaim VAT). */
  readonly vatCents: number;
  readonly vatRateBasisPoints: number;
  /** wikCents + vatCents: the collection costs to charge; the principal is not included. */
  readonly costsCents: number;
}

/**
 * WIK collection costs on a principal (several invoices dunned in one letter: pass their sum).
 * `vat`: true for the default 21%, or a rate in basis points; only when the creditor cannot
 * reclaim VAT (then the costs may be raised by it).
 *
 * Rounding: the scale is summed exactly (in thousandths of a cent) and rounded once, half up, to
 * whole cents, before the minimum and maximum apply; the VAT increase is rounded half up too.
 * A principal of zero or less owes nothing, so it is refused rather than given the minimum.
 */
export function computeWik({
  principalCents,
  vat = false,
}: {
  principalCents: number;
  vat?: { rateBasisPoints: number } | boolean;
}): WikResult {
  if (!Number.isSafeInteger(principalCents) || principalCents <= 0) {
    throw new AppError(
      'INPUT_INVALID',
      `WIK costs need a positive principal in whole cents, got ${principalCents}: pass the open amount without interest.`,
    );
  }
  const vatRateBasisPoints =
    vat === true ? DEFAULT_VAT_BASIS_POINTS : vat === false ? 0 : vat.rateBasisPoints;
  if (!Number.isInteger(vatRateBasisPoints) || vatRateBasisPoints < 0 || vatRateBasisPoints > 10_000) {
    throw new AppError(
      'INPUT_INVALID',
      `VAT rate ${vatRateBasisPoints} is not a rate in basis points between 0 and 10000 (21% is 2100).`,
    );
  }
  let milliCents = 0;
  let lower = 0;
  for (const { upToCents, perMille } of TRANCHES) {
    if (principalCents <= lower) break;
    milliCents += (Math.min(principalCents, upToCents) - lower) * perMille;
    lower = upToCents;
  }
  const scaled = Math.floor((milliCents + 500) / 1000);
  const wikCents = Math.min(WIK_MAXIMUM_CENTS, Math.max(WIK_MINIMUM_CENTS, scaled));
  const vatCents = Math.floor((wikCents * vatRateBasisPoints + 5_000) / 10_000);
  return { principalCents, wikCents, vatCents, vatRateBasisPoints, costsCents: wikCents + vatCents };
}
