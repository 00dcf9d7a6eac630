import type { PromiseSummary } from '../../domain/kpi/summarize-promises.ts';
import { renderTable } from './render-table.ts';

const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);

/** Promises kept and broken per month of the promised date, with the overall rate and its rule. */
export function renderPromisesReport(result: PromiseSummary): string {
  const table = renderTable({
    columns: [
      { header: 'Month' },
      { header: 'Kept', align: 'right' },
      { header: 'Broken', align: 'right' },
      { header: 'Pending', align: 'right' },
      { header: 'Kept rate', align: 'right' },
    ],
    rows: result.months.map((m) => [
      m.month,
      String(m.kept),
      String(m.broken),
      String(m.pending),
      percent(m.rate),
    ]),
    totals: [
      'Total',
      String(result.kept),
      String(result.broken),
      String(result.pending),
      percent(result.rate),
    ],
  });
  return `Payment promises kept as of ${result.asOf}\n\n${table}\nRule: ${result.rule}\n`;
}
