import type { DsoResult } from '../../domain/kpi/countback-dso.ts';
import { formatEuros } from './format-euros.ts';
import { renderTable } from './render-table.ts';

/** DSO with the months the countback walked through, and the method in words. */
export function renderDsoReport(result: DsoResult): string {
  const table = renderTable({
    columns: [
      { header: 'Month' },
      { header: 'Period' },
      { header: 'Sales (EUR)', align: 'right' },
      { header: 'Days', align: 'right' },
      { header: 'Counted', align: 'right' },
    ],
    rows: result.months.map((m) => [
      m.month,
      `${m.from}..${m.through}`,
      formatEuros(m.salesCents),
      String(m.days),
      m.countedDays.toFixed(1),
    ]),
  });
  const caveat = result.historyExhausted
    ? '\nReceivables exceed the sales history given: the DSO is at least this.\n'
    : '';
  return (
    `DSO as of ${result.asOf}: ${result.dsoDays.toFixed(1)} days (open receivables EUR ${formatEuros(result.receivablesCents)})\n` +
    `Method: ${result.method}\n\n${table}${caveat}`
  );
}
