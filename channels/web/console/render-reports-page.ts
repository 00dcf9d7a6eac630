import type { CashFlowForecast } from '../../../domain/kpi/forecast-cash-flow.ts';
import type { AgingResult } from '../../../domain/kpi/summarize-aging.ts';
import type { PromiseSummary } from '../../../domain/kpi/summarize-promises.ts';
import type { DsoTrend } from '../../../domain/kpi/trend-dso.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import type { ReportCharts } from './draw-report-charts.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderConsoleTable } from './render-console-table.ts';
import { REPORT_STRINGS } from './report-strings.ts';
import type { ReportCell, ReportColumnType, ReportTable } from './report-table.ts';
import { tabulateReport } from './tabulate-report.ts';

/** How many debtors the page lists under the aging chart; the downloads hold every one. */
export const AGING_DEBTORS_SHOWN = 25;
const LOCALE: Record<PageLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * /console/reports: aging, DSO by month, the weekly forecast and the promise-kept rate, each a
 * chart (SVG drawn on the server, named as an image) with its table beside it as the text
 * alternative, and every table's CSV and .xlsx download. The tables come from tabulateReport,
 * the same function the downloads use.
 */
export function renderReportsPage({
  language,
  companyName,
  asOf,
  reports,
  charts,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  asOf: string;
  reports: {
    readonly aging: AgingResult;
    readonly dsoTrend: DsoTrend;
    readonly forecast: CashFlowForecast;
    readonly promises: PromiseSummary;
  };
  charts: ReportCharts;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = REPORT_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const days = new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 });
  const cell = (value: ReportCell, type: ReportColumnType): string => {
    if (value === null) return '';
    if (typeof value === 'string') return e(type === 'date' ? f.day(value) : value);
    if (type === 'eur') return e(f.eur(value));
    if (type === 'days') return e(days.format(value));
    if (type === 'percent') return e(percent.format(value));
    return e(String(value));
  };
  const query = `?as-of=${encodeURIComponent(asOf)}&lang=${language}`;
  const downloads = (table: ReportTable) =>
    `<p class="downloads">${e(t.download)} <span class="visually-hidden">${e(table.title)}</span>: <a href="/console/reports/${e(table.id)}.csv${e(query)}" download>${e(t.csv)}</a> · <a href="/console/reports/${e(table.id)}.xlsx${e(query)}" download>${e(t.xlsx)}</a></p>`;
  const show = (table: ReportTable, limit = Number.POSITIVE_INFINITY, note = '') => {
    const numeric = table.columns.flatMap((column, i) => (column.type === 'text' ? [] : [i]));
    const rows = [...table.rows.slice(0, limit), ...(table.totals ? [table.totals] : [])].map((row) =>
      row.map((value, i) => {
        const html = cell(value, table.columns[i]?.type ?? 'text');
        return row === table.totals ? `<strong>${html}</strong>` : html;
      }),
    );
    const body =
      table.rows.length === 0
        ? `<p class="muted">${e(t.empty)}</p>`
        : renderConsoleTable(
            t.tableOf(table.title),
            table.columns.map((column) => column.header),
            rows,
            numeric,
          );
    return `<h3>${e(table.title)}</h3>${note}${body}${downloads(table)}`;
  };
  const figure = (id: string, caption: string, svg: string) =>
    `<figure class="chart"><div class="chart-image" role="img" aria-labelledby="${id}">${svg}</div><figcaption id="${id}">${e(caption)}</figcaption></figure>`;
  const method = (text: string) =>
    `<details class="method"><summary>${e(t.method)}</summary><p lang="en">${e(text)}</p></details>`;

  const [buckets, debtors] = tabulateReport({ kind: 'aging', result: reports.aging }, language);
  const [dsoTable] = tabulateReport({ kind: 'dso-trend', result: reports.dsoTrend }, language);
  const [forecastTable, apart] = tabulateReport({ kind: 'forecast', result: reports.forecast }, language);
  const [promisesTable] = tabulateReport({ kind: 'promises', result: reports.promises }, language);
  const capped =
    reports.aging.rows.length > AGING_DEBTORS_SHOWN
      ? `<p class="muted">${e(t.agingDebtorsCapped(AGING_DEBTORS_SHOWN, reports.aging.rows.length))}</p>`
      : '';
  const rate =
    reports.promises.rate === null ? t.noRate : t.rateSummary(percent.format(reports.promises.rate));
  const body = [
    `<h1>${e(t.title)}</h1><p>${e(t.intro(f.day(asOf)))}</p>`,
    renderConsoleSection(
      'aging',
      t.agingTitle,
      figure('aging-chart', t.agingChart, charts.aging) +
        show(buckets!) +
        show(debtors!, AGING_DEBTORS_SHOWN, capped),
    ),
    renderConsoleSection(
      'dso',
      t.dsoTitle,
      figure('dso-chart', t.dsoChart, charts.dsoTrend) + show(dsoTable!) + method(reports.dsoTrend.method),
    ),
    renderConsoleSection(
      'forecast',
      t.forecastTitle,
      figure('forecast-chart', t.forecastChart, charts.forecast) +
        show(forecastTable!) +
        show(apart!) +
        method(reports.forecast.method),
    ),
    renderConsoleSection(
      'promises',
      t.promisesTitle,
      `<p><strong>${e(rate)}</strong></p>${figure('promises-chart', t.promisesChart, charts.promises)}${show(promisesTable!)}${method(reports.promises.rule)}`,
    ),
  ].join('\n');
  return renderConsoleShell({
    language,
    title: t.title,
    companyName,
    body,
    path: `/console/reports?as-of=${encodeURIComponent(asOf)}`,
    signedIn,
  });
}
