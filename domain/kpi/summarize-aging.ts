import type { IsoDate } from '../model/iso-date.ts';

export const AGING_BUCKETS = [
  { key: 'not_due', label: 'Not due', maxDays: 0 },
  { key: 'd1_30', label: '1-30', maxDays: 30 },
  { key: 'd31_60', label: '31-60', maxDays: 60 },
  { key: 'd61_90', label: '61-90', maxDays: 90 },
  { key: 'd90_plus', label: '90+', maxDays: Number.POSITIVE_INFINITY },
] as const;
export type AgingBucketKey = (typeof AGING_BUCKETS)[number]['key'];

export interface AgingRow {
  readonly debtor: string;
  readonly cents: Readonly<Record<AgingBucketKey, number>>;
  readonly totalCents: number;
}

export interface AgingResult {
  readonly asOf: IsoDate;
  readonly buckets: readonly {
    readonly key: AgingBucketKey;
    readonly label: string;
    readonly cents: number;
    readonly count: number;
  }[];
  /** One row per debtor, largest total first: the classic ouderdomsanalyse. */
  readonly rows: readonly AgingRow[];
  readonly totalCents: number;
}

/** Open amounts of one debtor in one bucket: one invoice, or a sum the database made. */
export interface AgingCell {
  readonly debtor: string;
  readonly bucket: AgingBucketKey;
  readonly cents: number;
  /** How many invoices the cell sums. */
  readonly count: number;
}

/**
 * The aging analysis from cells: bucket totals and counts, one row per debtor, largest total
 * first. computeAging makes a cell per invoice; a large ledger's cells are summed by the
 * database (prisma/ledger/load-aging-cells.ts), so the result is the same either way.
 */
export function summarizeAging({ cells, asOf }: { cells: readonly AgingCell[]; asOf: IsoDate }): AgingResult {
  const empty = (): Record<AgingBucketKey, number> => ({
    not_due: 0,
    d1_30: 0,
    d31_60: 0,
    d61_90: 0,
    d90_plus: 0,
  });
  const totals = empty();
  const counts = empty();
  const perDebtor = new Map<string, Record<AgingBucketKey, number>>();
  for (const cell of cells) {
    totals[cell.bucket] += cell.cents;
    counts[cell.bucket] += cell.count;
    const row = perDebtor.get(cell.debtor) ?? empty();
    row[cell.bucket] += cell.cents;
    perDebtor.set(cell.debtor, row);
  }
  const sum = (cents: Record<AgingBucketKey, number>) => Object.values(cents).reduce((a, b) => a + b, 0);
  const rows = [...perDebtor.entries()]
    .map(([debtor, cents]) => ({ debtor, cents, totalCents: sum(cents) }))
    .sort((a, b) => b.totalCents - a.totalCents || a.debtor.localeCompare(b.debtor));
  return {
    asOf,
    buckets: AGING_BUCKETS.map(({ key, label }) => ({ key, label, cents: totals[key], count: counts[key] })),
    rows,
    totalCents: sum(totals),
  };
}
