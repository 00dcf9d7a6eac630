import { type TabulatedReport, tabulateReport } from '../../channels/web/console/tabulate-report.ts';
import { writeReportCsv } from '../../channels/web/console/write-report-csv.ts';
import { writeReportXlsx } from '../../channels/web/console/write-report-xlsx.ts';
import { buildReport } from '../report/build-report.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { CONSOLE_REPORT_SPAN, readReportDay } from './show-reports.ts';

/** Each table of the reports page and the report it is a table of. */
const TABLES = {
  'aging-buckets': 'aging',
  'aging-debtors': 'aging',
  'dso-trend': 'dso-trend',
  forecast: 'forecast',
  'forecast-apart': 'forecast',
  promises: 'promises',
} as const;
export type ReportTableId = keyof typeof TABLES;
export const REPORT_TABLE_IDS = Object.keys(TABLES) as ReportTableId[];

/**
 * GET /console/reports/<table>.csv|.xlsx: one table of the reports page as a file, built as the
 * page builds it (buildReport, then tabulateReport) for the same day (?as-of) and language, so a
 * download says what the page said. Named `<table>-<day>.<format>`.
 */
export async function downloadReport(
  deps: ConsoleDeps,
  exchange: Exchange,
  { table: id, format }: { table: ReportTableId; format: 'csv' | 'xlsx' },
): Promise<void> {
  const asOf = readReportDay(deps, exchange.url);
  const kind = TABLES[id];
  const common = {
    db: deps.db,
    asOf,
    ...CONSOLE_REPORT_SPAN,
    graceBusinessDays: deps.policy.promises.graceBusinessDays,
  };
  const { result } = await buildReport({ ...common, kind });
  // buildReport's result is the one of `kind` (its type says so per kind; the union loses it here).
  const tables = tabulateReport({ kind, result } as TabulatedReport, exchange.language);
  const table = tables.find((candidate) => candidate.id === id)!;
  const filename = `${id}-${asOf}.${format}`;
  if (format === 'csv') {
    exchange.download({
      filename,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(writeReportCsv(table)),
    });
  } else {
    exchange.download({
      filename,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await writeReportXlsx(table),
    });
  }
}
