import type { DsoTrend } from '../../domain/kpi/trend-dso.ts';
import { formatEuros } from './format-euros.ts';
import { renderTable } from './render-table.ts';

/** The DSO month by month: the day it was taken on, the receivables then and the days. */
export function renderDsoTrendReport(result: DsoTrend): string {
  const table = renderTable({
    columns: [
      { header: 'Month' },
      { header: 'As of' },
      { header: 'Receivables (EUR)', align: 'right' },
      { header: 'DSO (days)', align: 'right' },
    ],
    rows: result.points.map((point) => [
      point.month,
      point.asOf,
      formatEuros(point.receivablesCents),
      `${point.historyExhausted ? '>= ' : ''}${point.dsoDays.toFixed(1)}`,
    ]),
  });
  return `DSO by month up to ${result.asOf}\n\n${table}\nMethod: ${result.method}\n`;
}
