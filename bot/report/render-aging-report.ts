import type { AgingResult } from '../../domain/kpi/summarize-aging.ts';
import { formatEuros } from './format-euros.ts';
import { renderTable } from './render-table.ts';

/** The aging analysis (ouderdomsanalyse): one row per debtor, a column per bucket, totals below. */
export function renderAgingReport(result: AgingResult): string {
  const columns = [
    { header: 'Debtor' },
    ...result.buckets.map((bucket) => ({
      header: bucket.key === 'not_due' ? bucket.label : `${bucket.label} days`,
      align: 'right' as const,
    })),
    { header: 'Total (EUR)', align: 'right' as const },
  ];
  const rows = result.rows.map((row) => [
    row.debtor,
    ...result.buckets.map((bucket) => formatEuros(row.cents[bucket.key])),
    formatEuros(row.totalCents),
  ]);
  const totals = [
    'Total',
    ...result.buckets.map((bucket) => formatEuros(bucket.cents)),
    formatEuros(result.totalCents),
  ];
  return `Aging of open invoices as of ${result.asOf} (days past due date)\n\n${renderTable({ columns, rows, totals })}`;
}
