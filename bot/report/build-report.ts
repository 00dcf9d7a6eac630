import { countbackDso } from '../../domain/kpi/countback-dso.ts';
import { forecastCashFlow } from '../../domain/kpi/forecast-cash-flow.ts';
import { summarizeAging } from '../../domain/kpi/summarize-aging.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { loadAgingCells } from '../../prisma/ledger/load-aging-cells.ts';
import { loadDsoSales } from '../../prisma/ledger/load-dso-sales.ts';
import { loadForecastInputs } from '../../prisma/ledger/load-forecast-inputs.ts';
import type { RawSqlRunner } from '../../prisma/sql/sql-client.ts';
import { renderAgingReport } from './render-aging-report.ts';
import { renderDsoReport } from './render-dso-report.ts';
import { renderForecastReport } from './render-forecast-report.ts';

export type ReportKind = 'aging' | 'dso' | 'forecast';

/**
 * One receivables report as of a day: the result for --json and the table for people. The
 * database sums (per debtor and bucket, per month, per due date), the domain decides what the
 * sums mean, so a ledger of 100,000 invoices is never loaded whole (issue 15).
 */
export async function buildReport({
  db,
  kind,
  asOf,
  weeks,
}: {
  /** The direct SQL client (Database.sql) or Prisma: anything that runs raw SQL. */
  db: { readonly sql: RawSqlRunner };
  kind: ReportKind;
  asOf: IsoDate;
  weeks: number;
}): Promise<{ result: unknown; text: string }> {
  if (kind === 'aging') {
    const aging = summarizeAging({ cells: await loadAgingCells({ db: db.sql, asOf }), asOf });
    return { result: aging, text: renderAgingReport(aging) };
  }
  if (kind === 'dso') {
    const dso = countbackDso({ asOf, ...(await loadDsoSales({ db: db.sql, asOf })) });
    return { result: dso, text: renderDsoReport(dso) };
  }
  const forecast = forecastCashFlow({ asOf, weeks, ...(await loadForecastInputs({ db: db.sql })) });
  return { result: forecast, text: renderForecastReport(forecast) };
}
