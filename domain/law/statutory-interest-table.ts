import type { IsoDate } from '../model/iso-date.ts';

/**
 * Dutch statutory interest rates as data: statutory-interest-rates.json holds the periods with
 * a source each (consumer: art. 6:119 BW, set by decree; commercial: art. 6:119a BW, the ECB main
 * refinancing rate on the first day of the half year + 8 points). A company adds later periods
 * in its own file (COLLECTIONS_RATES_FILE, read in bot/config) without a code change. Rates change
 * on 1 January and 1 July and a rate nobody verified must not be assumed to continue, so a kind's
 * table ends where its last period ends.
 */
export type StatutoryInterestKind = 'consumer' | 'commercial';

export interface StatutoryInterestRate {
  readonly kind: StatutoryInterestKind;
  readonly from: IsoDate;
  /** Last day of the period, inclusive. */
  readonly through: IsoDate;
  /** Yearly rate in basis points: 1050 is 10.50%. */
  readonly basisPoints: number;
  readonly source: string;
}

/** Contiguous periods per kind, oldest first; `origins` names the files they came from. */
export interface StatutoryInterestTable {
  readonly rates: readonly StatutoryInterestRate[];
  readonly origins: readonly string[];
}

/** The last day a kind's rate is known in `table`, or null when the table has none. */
export function knownUntilOf(table: StatutoryInterestTable, kind: StatutoryInterestKind): IsoDate | null {
  return table.rates.filter((rate) => rate.kind === kind).at(-1)?.through ?? null;
}
