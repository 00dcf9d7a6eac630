import type { IsoDate } from '../model/iso-date.ts';
import { addDays } from '../model/iso-date.ts';
import { computeStatutoryInterest } from './compute-statutory-interest.ts';
import type { StatutoryInterestKind, StatutoryInterestTable } from './statutory-interest-table.ts';

/** The statutory interest a letter demands, per invoice and in total, up to the letter date. */
export interface LetterInterest {
  readonly kind: StatutoryInterestKind;
  /** Interest runs up to (not including) this day: the letter's date. */
  readonly upTo: IsoDate;
  readonly invoices: readonly {
    readonly number: string;
    /** First day of default: the day after the due date. */
    readonly from: IsoDate;
    readonly principalCents: number;
    readonly interestCents: number;
  }[];
  readonly totalCents: number;
  /** The yearly rate in force on the last day counted (basis points: 1015 is 10.15%), and its source. */
  readonly basisPoints: number;
  readonly source: string;
}

/**
 * The statutory interest on each invoice from the day after its due date up to the letter date
 * (commercial, art. 6:119a BW, runs without notice once the payment term has passed; consumer,
 * art. 6:119 BW), with computeStatutoryInterest. A letter date past the known rates throws, as
 * computeStatutoryInterest does: the letter must not state a guessed amount.
 */
export function computeLetterInterest({
  invoices,
  kind,
  letterDate,
  table,
}: {
  invoices: readonly { readonly number: string; readonly openCents: number; readonly dueDate: IsoDate }[];
  kind: StatutoryInterestKind;
  letterDate: IsoDate;
  table?: StatutoryInterestTable;
}): LetterInterest {
  const lines = invoices.map((invoice) => {
    const from = addDays(invoice.dueDate, 1);
    const result = computeStatutoryInterest({
      principalCents: invoice.openCents,
      from,
      to: letterDate > from ? letterDate : from,
      kind,
      ...(table ? { table } : {}),
    });
    return {
      number: invoice.number,
      from,
      principalCents: invoice.openCents,
      interestCents: result.interestCents,
    };
  });
  // The rate on the letter: the one in force the day before the letter date (the last day counted).
  const rate = computeStatutoryInterest({
    principalCents: 100,
    from: addDays(letterDate, -1),
    to: letterDate,
    kind,
    ...(table ? { table } : {}),
  }).periods[0]!;
  return {
    kind,
    upTo: letterDate,
    invoices: lines,
    totalCents: lines.reduce((sum, line) => sum + line.interestCents, 0),
    basisPoints: rate.basisPoints,
    source: rate.source,
  };
}
