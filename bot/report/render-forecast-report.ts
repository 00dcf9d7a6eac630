import type { CashFlowForecast } from '../../domain/kpi/forecast-cash-flow.ts';
import { formatEuros } from './format-euros.ts';
import { renderTable } from './render-table.ts';

/** Expected receipts per week, with what cannot be dated listed below rather than guessed. */
export function renderForecastReport(result: CashFlowForecast): string {
  const sum = (pick: (w: CashFlowForecast['weeks'][number]) => number) =>
    result.weeks.reduce((s, w) => s + pick(w), 0);
  const table = renderTable({
    columns: [
      { header: 'Week' },
      { header: 'Monday' },
      { header: 'Due (EUR)', align: 'right' },
      { header: 'Promised', align: 'right' },
      { header: 'Plans', align: 'right' },
      { header: 'Total', align: 'right' },
    ],
    rows: result.weeks.map((w) => [
      w.key,
      w.monday,
      formatEuros(w.invoicesCents),
      formatEuros(w.promisesCents),
      formatEuros(w.plansCents),
      formatEuros(w.totalCents),
    ]),
    totals: [
      'Total',
      '',
      formatEuros(sum((w) => w.invoicesCents)),
      formatEuros(sum((w) => w.promisesCents)),
      formatEuros(sum((w) => w.plansCents)),
      formatEuros(sum((w) => w.totalCents)),
    ],
  });
  return (
    `Cash-flow forecast from ${result.asOf}\n\n${table}\n` +
    `Later than the last week:        EUR ${formatEuros(result.laterCents)}\n` +
    `Overdue without a date to expect: EUR ${formatEuros(result.overdueUndatedCents)}\n` +
    `In dispute:                      EUR ${formatEuros(result.disputedCents)}\n` +
    `Method: ${result.method}\n`
  );
}
