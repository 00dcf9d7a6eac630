import { monthEndsUpTo } from '../../domain/calendar/month-ends-up-to.ts';
import { countbackDso, type DsoResult } from '../../domain/kpi/countback-dso.ts';
import { type CashFlowForecast, forecastCashFlow } from '../../domain/kpi/forecast-cash-flow.ts';
import { type AgingResult, summarizeAging } from '../../domain/kpi/summarize-aging.ts';
import { type PromiseSummary, summarizePromises } from '../../domain/kpi/summarize-promises.ts';
import { type DsoTrend, trendDso } from '../../domain/kpi/trend-dso.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { loadAgingCells } from '../../prisma/ledger/load-aging-cells.ts';
import { loadDsoSales } from '../../prisma/ledger/load-dso-sales.ts';
import { loadForecastInputs } from '../../prisma/ledger/load-forecast-inputs.ts';
import { loadPromiseRecords } from '../../prisma/ledger/load-promise-records.ts';
import { loadReceivablesAt } from '../../prisma/ledger/load-receivables-at.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import { renderAgingReport } from './render-aging-report.ts';
import { renderDsoReport } from './render-dso-report.ts';
import { renderDsoTrendReport } from './render-dso-trend-report.ts';
import { renderForecastReport } from './render-forecast-report.ts';
import { renderPromisesReport } from './render-promises-report.ts';

/** What each report gives, for --json and for the console's pages and downloads. */
export interface ReportResults {
  aging: AgingResult;
  dso: DsoResult;
  'dso-trend': DsoTrend;
  forecast: CashFlowForecast;
  promises: PromiseSummary;
}
export type ReportKind = keyof ReportResults;
export const REPORT_KINDS: readonly ReportKind[] = ['aging', 'dso', 'dso-trend', 'forecast', 'promises'];

/**
 * One receivables report as of a day: the result for --json and the console, and the table for
 * people. The database sums (per debtor and bucket, per month, per due date), the domain decides
 * what the sums mean, so a ledger of 100,000 invoices is never loaded whole (issue 15). `months`
 * is how far the DSO trend and the promise-kept rate look back (this month included).
 */
export async function buildReport<K extends ReportKind>({
  db,
  kind,
  asOf,
  weeks,
  months = 12,
  graceBusinessDays,
}: {
  /** The direct SQL client (Database.sql) or Prisma: anything that runs raw SQL. */
  db: { readonly sql: RawSqlRunner };
  kind: K;
  asOf: IsoDate;
  weeks: number;
  months?: number;
  /** The policy's grace after a promised date (promises.graceBusinessDays); the promise-kept rate needs it. */
  graceBusinessDays?: number;
}): Promise<{ result: ReportResults[K]; text: string }> {
  const built = await build(kind as ReportKind);
  return built as { result: ReportResults[K]; text: string };

  async function build(which: ReportKind): Promise<{ result: ReportResults[ReportKind]; text: string }> {
    switch (which) {
      case 'aging': {
        const aging = summarizeAging({ cells: await loadAgingCells({ db: db.sql, asOf }), asOf });
        return { result: aging, text: renderAgingReport(aging) };
      }
      case 'dso': {
        const dso = countbackDso({ asOf, ...(await loadDsoSales({ db: db.sql, asOf })) });
        return { result: dso, text: renderDsoReport(dso) };
      }
      case 'dso-trend': {
        const { salesByMonth, earliestIssueDate } = await loadDsoSales({ db: db.sql, asOf });
        const receivablesAt = await loadReceivablesAt({ db: db.sql, days: monthEndsUpTo(asOf, months) });
        const trend = trendDso({ asOf, salesByMonth, earliestIssueDate, receivablesAt });
        return { result: trend, text: renderDsoTrendReport(trend) };
      }
      case 'forecast': {
        const forecast = forecastCashFlow({ asOf, weeks, ...(await loadForecastInputs({ db: db.sql })) });
        return { result: forecast, text: renderForecastReport(forecast) };
      }
      case 'promises': {
        if (graceBusinessDays === undefined)
          throw new Error('buildReport: the promise-kept rate needs graceBusinessDays');
        const from = monthEndsUpTo(asOf, months)[0]!.slice(0, 7);
        const promises = await loadPromiseRecords({ db: db.sql, from: `${from}-01`, asOf });
        const summary = summarizePromises({ promises, asOf, graceBusinessDays });
        return { result: summary, text: renderPromisesReport(summary) };
      }
    }
  }
}
