import { computeAging } from '../../domain/kpi/compute-aging.ts';
import { computeDso } from '../../domain/kpi/compute-dso.ts';
import { forecastCashFlow } from '../../domain/kpi/forecast-cash-flow.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { loadReceivables } from '../../prisma/ledger/load-receivables.ts';
import type { Database } from '../../prisma/open-database.ts';
import { renderAgingReport } from './render-aging-report.ts';
import { renderDsoReport } from './render-dso-report.ts';
import { renderForecastReport } from './render-forecast-report.ts';

export type ReportKind = 'aging' | 'dso' | 'forecast';

const OPEN_STATUSES = new Set(['open', 'disputed', 'planned']);

/** One receivables report as of a day: the result for --json and the table for people. */
export async function buildReport({
  db,
  kind,
  asOf,
  weeks,
}: {
  db: Pick<Database, 'prisma' | 'sql'>;
  kind: ReportKind;
  asOf: IsoDate;
  weeks: number;
}): Promise<{ result: unknown; text: string }> {
  const ledger = await loadReceivables({ prisma: db.prisma });
  const open = ledger.invoices.filter(
    (invoice) => OPEN_STATUSES.has(invoice.status) && invoice.openCents > 0,
  );
  if (kind === 'aging') {
    const aging = computeAging({ invoices: open, asOf });
    return { result: aging, text: renderAgingReport(aging) };
  }
  if (kind === 'dso') {
    const dso = computeDso({ invoices: ledger.invoices, asOf });
    return { result: dso, text: renderDsoReport(dso) };
  }
  const forecast = forecastCashFlow({
    asOf,
    weeks,
    invoices: open,
    promises: ledger.promises,
    instalments: ledger.instalments,
  });
  return { result: forecast, text: renderForecastReport(forecast) };
}
