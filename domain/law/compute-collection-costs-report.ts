import { computeWik } from './compute-wik.ts';

/**
 * What `collections costs` prints. Amounts are euros as JSON numbers (cents / 100: for any whole
 * number of cents below 2^53 that prints with at most two decimals, e.g. 375 and 37.5).
 * "vat" is the VAT increase on the WIK costs (0 without --vat). "total" is what the debtor owes
 * in all: principal + wik + vat, so the listed fields add up to the total a reader expects.
 * Statutory interest is not included: it depends on dates (see `collections interest`).
 */
export interface CollectionCostsReport {
  readonly principal: number;
  readonly wik: number;
  readonly vat: number;
  readonly total: number;
}

/**
 * The amount does not depend on B2B or B2C: the WIK scale is the same. What differs is the law
 * around it (mandatory and only after the 14-day letter for consumers; the default between
 * businesses), which the dunning ladder enforces, so this function takes no consumer flag.
 */
export function computeCollectionCostsReport({
  principalCents,
  vat = false,
}: {
  principalCents: number;
  vat?: boolean | { rateBasisPoints: number };
}): CollectionCostsReport {
  const result = computeWik({ principalCents, vat });
  return {
    principal: principalCents / 100,
    wik: result.wikCents / 100,
    vat: result.vatCents / 100,
    total: (principalCents + result.costsCents) / 100,
  };
}
