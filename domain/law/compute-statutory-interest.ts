import { addMonths } from '../calendar/add-months.ts';
import { AppError } from '../errors/app-error.ts';
import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../model/iso-date.ts';
import { STATUTORY_INTEREST_TABLE } from './statutory-interest-rates.ts';
import {
  knownUntilOf,
  type StatutoryInterestKind,
  type StatutoryInterestTable,
} from './statutory-interest-table.ts';

export interface InterestPeriod {
  readonly from: IsoDate;
  /** Last day of the period, inclusive. */
  readonly through: IsoDate;
  readonly days: number;
  readonly basisPoints: number;
  /** Principal plus interest added at earlier anniversaries (art. 6:119 lid 2 BW). */
  readonly baseCents: number;
  readonly interestCents: number;
  readonly source: string;
}

export interface StatutoryInterestResult {
  readonly kind: StatutoryInterestKind;
  readonly principalCents: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly days: number;
  readonly periods: readonly InterestPeriod[];
  readonly interestCents: number;
  /** principal + interest. */
  readonly totalCents: number;
  readonly method: string;
}

export const STATUTORY_INTEREST_METHOD =
  'Interest runs from the first day of default (from) up to but not including the day of payment (to). ' +
  'Each period has one rate; interest = base x rate x days / days in that interest year (365 or 366), ' +
  'rounded half up to cents per period. After each full year counted from "from", that year\'s interest ' +
  'is added to the base (art. 6:119 lid 2 / 6:119a BW).';

/**
 * Dutch statutory interest (consumer: art. 6:119 BW; commercial: art. 6:119a BW) over a fixed
 * principal, split per rate period and per interest year. `table` defaults to the built-in
 * one; bot/ passes it extended with the company's COLLECTIONS_RATES_FILE. Dates outside the
 * table are refused, never guessed: a rate that is not in the table is not known.
 */
export function computeStatutoryInterest({
  principalCents,
  from,
  to,
  kind,
  table: rateTable = STATUTORY_INTEREST_TABLE,
}: {
  principalCents: number;
  from: IsoDate;
  to: IsoDate;
  kind: StatutoryInterestKind;
  table?: StatutoryInterestTable;
}): StatutoryInterestResult {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (!Number.isSafeInteger(principalCents) || principalCents <= 0) {
    throw new AppError(
      'INPUT_INVALID',
      `Interest needs a positive principal in whole cents, got ${principalCents}.`,
    );
  }
  if (to < from) {
    throw new AppError('INPUT_INVALID', `"to" (${to}) is before "from" (${from}): give the period in order.`);
  }
  const table = rateTable.rates.filter((rate) => rate.kind === kind);
  const first = table[0];
  const knownUntil = knownUntilOf(rateTable, kind);
  const lastDay = addDays(to, -1);
  if (!first || !knownUntil || from < first.from || (to > from && lastDay > knownUntil)) {
    const known = first && knownUntil ? `${first.from} to ${knownUntil}` : 'no dates';
    throw new AppError(
      'INPUT_INVALID',
      `The ${kind} statutory interest rate is known for ${known}; the period ${from} up to ${to} falls outside it. ` +
        'Add the later periods with their source to the file named by COLLECTIONS_RATES_FILE (see .env.example); no rate is guessed.',
    );
  }

  const periods: InterestPeriod[] = [];
  let baseCents = principalCents;
  for (let year = 0; ; year += 1) {
    const yearStart = addMonths(from, 12 * year);
    if (yearStart >= to) break;
    const yearEnd = addMonths(from, 12 * (year + 1));
    const yearLength = daysBetween(yearStart, yearEnd);
    const end = yearEnd < to ? yearEnd : to;
    let yearInterest = 0;
    for (const [index, rate] of table.entries()) {
      const next = table[index + 1];
      const start = laterOf(rate.from, yearStart);
      const stop = next && next.from < end ? next.from : end;
      if (start >= stop) continue;
      const days = daysBetween(start, stop);
      const interestCents = roundHalfUp(
        BigInt(baseCents) * BigInt(rate.basisPoints) * BigInt(days),
        BigInt(10_000 * yearLength),
      );
      periods.push({
        from: start,
        through: addDays(stop, -1),
        days,
        basisPoints: rate.basisPoints,
        baseCents,
        interestCents,
        source: rate.source,
      });
      yearInterest += interestCents;
    }
    baseCents += yearInterest;
  }
  const interestCents = periods.reduce((sum, period) => sum + period.interestCents, 0);
  return {
    kind,
    principalCents,
    from,
    to,
    days: daysBetween(from, to),
    periods,
    interestCents,
    totalCents: principalCents + interestCents,
    method: STATUTORY_INTEREST_METHOD,
  };
}

/** Plain dates compare as strings; Math.max would turn them into NaN. */
function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}
