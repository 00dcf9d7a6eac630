import type { CashFlowForecast } from '../../../domain/kpi/forecast-cash-flow.ts';
import type { AgingResult } from '../../../domain/kpi/summarize-aging.ts';
import type { PromiseSummary } from '../../../domain/kpi/summarize-promises.ts';
import type { DsoTrend } from '../../../domain/kpi/trend-dso.ts';
import type { PageLanguage } from '../page-strings.ts';
import { REPORT_STRINGS } from './report-strings.ts';
import type { ReportTable } from './report-table.ts';

/** A report as `collections report --json` gives it, named by its kind. */
export type TabulatedReport =
  | { readonly kind: 'aging'; readonly result: AgingResult }
  | { readonly kind: 'dso-trend'; readonly result: DsoTrend }
  | { readonly kind: 'forecast'; readonly result: CashFlowForecast }
  | { readonly kind: 'promises'; readonly result: PromiseSummary };

/**
 * The tables of one report, in the page's language: the page shows them beside the charts, and
 * the CSV and .xlsx downloads are these same tables (so a download is what the page said).
 */
export function tabulateReport(report: TabulatedReport, language: PageLanguage): ReportTable[] {
  const t = REPORT_STRINGS[language];
  switch (report.kind) {
    case 'aging': {
      const aging = report.result;
      const bucketHeaders = aging.buckets.map((bucket) => ({
        header: t.bucketLabel(bucket.key, bucket.label),
        type: 'eur' as const,
      }));
      return [
        {
          id: 'aging-buckets',
          title: `${t.agingTitle}: ${t.agingBuckets}`,
          columns: [
            { header: t.bucket, type: 'text' },
            { header: t.invoices, type: 'int' },
            { header: t.open, type: 'eur' },
          ],
          rows: aging.buckets.map((bucket) => [
            t.bucketLabel(bucket.key, bucket.label),
            bucket.count,
            bucket.cents,
          ]),
          totals: [t.total, aging.buckets.reduce((sum, bucket) => sum + bucket.count, 0), aging.totalCents],
        },
        {
          id: 'aging-debtors',
          title: `${t.agingTitle}: ${t.agingDebtors}`,
          columns: [{ header: t.debtor, type: 'text' }, ...bucketHeaders, { header: t.total, type: 'eur' }],
          rows: aging.rows.map((row) => [
            row.debtor,
            ...aging.buckets.map((bucket) => row.cents[bucket.key]),
            row.totalCents,
          ]),
          totals: [t.total, ...aging.buckets.map((bucket) => bucket.cents), aging.totalCents],
        },
      ];
    }
    case 'dso-trend':
      return [
        {
          id: 'dso-trend',
          title: t.dsoTitle,
          columns: [
            { header: t.month, type: 'text' },
            { header: t.asOf, type: 'date' },
            { header: t.receivables, type: 'eur' },
            { header: t.dsoDays, type: 'days' },
          ],
          rows: report.result.points.map((point) => [
            point.month,
            point.asOf,
            point.receivablesCents,
            point.dsoDays,
          ]),
          totals: null,
        },
      ];
    case 'forecast': {
      const forecast = report.result;
      const sum = (pick: (week: CashFlowForecast['weeks'][number]) => number) =>
        forecast.weeks.reduce((total, week) => total + pick(week), 0);
      return [
        {
          id: 'forecast',
          title: t.forecastTitle,
          columns: [
            { header: t.week, type: 'text' },
            { header: t.monday, type: 'date' },
            { header: t.due, type: 'eur' },
            { header: t.promised, type: 'eur' },
            { header: t.plans, type: 'eur' },
            { header: t.total, type: 'eur' },
          ],
          rows: forecast.weeks.map((week) => [
            week.key,
            week.monday,
            week.invoicesCents,
            week.promisesCents,
            week.plansCents,
            week.totalCents,
          ]),
          totals: [
            t.total,
            null,
            sum((week) => week.invoicesCents),
            sum((week) => week.promisesCents),
            sum((week) => week.plansCents),
            sum((week) => week.totalCents),
          ],
        },
        {
          id: 'forecast-apart',
          title: `${t.forecastTitle}: ${t.apart}`,
          columns: [
            { header: t.forecastTitle, type: 'text' },
            { header: t.amount, type: 'eur' },
          ],
          rows: [
            [t.later, forecast.laterCents],
            [t.overdueUndated, forecast.overdueUndatedCents],
            [t.disputed, forecast.disputedCents],
          ],
          totals: null,
        },
      ];
    }
    case 'promises': {
      const promises = report.result;
      return [
        {
          id: 'promises',
          title: t.promisesTitle,
          columns: [
            { header: t.month, type: 'text' },
            { header: t.kept, type: 'int' },
            { header: t.broken, type: 'int' },
            { header: t.pending, type: 'int' },
            { header: t.keptRate, type: 'percent' },
          ],
          rows: promises.months.map((month) => [
            month.month,
            month.kept,
            month.broken,
            month.pending,
            month.rate,
          ]),
          totals: [t.total, promises.kept, promises.broken, promises.pending, promises.rate],
        },
      ];
    }
  }
}
