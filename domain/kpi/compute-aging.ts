import { daysBetween, type IsoDate } from '../model/iso-date.ts';

export const AGING_BUCKETS = [
  { key: 'not_due', label: 'Not due', maxDays: 0 },
  { key: 'd1_30', label: '1-30', maxDays: 30 },
  { key: 'd31_60', label: '31-60', maxDays: 60 },
  { key: 'd61_90', label: '61-90', maxDays: 90 },
  { key: 'd90_plus', label: '90+', maxDays: Number.POSITIVE_INFINITY },
] as const;
export type AgingBucketKey = (typeof AGING_BUCKETS)[number]['key'];

export interface AgingInvoice {
  readonly debtor: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
}

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

/** Days overdue at `asOf` (0 or less is not due) put each open amount into one bucket. */
export function computeAging({
  invoices,
  asOf,
}: {
  invoices: readonly AgingInvoice[];
  asOf: IsoDate;
}): AgingResult {
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
  for (const invoice of invoices) {
    if (invoice.openCents <= 0) continue;
    const overdue = daysBetween(invoice.dueDate, asOf);
    const key = AGING_BUCKETS.find((bucket) => overdue <= bucket.maxDays)?.key ?? 'd90_plus';
    totals[key] += invoice.openCents;
    counts[key] += 1;
    const row = perDebtor.get(invoice.debtor) ?? empty();
    row[key] += invoice.openCents;
    perDebtor.set(invoice.debtor, row);
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
