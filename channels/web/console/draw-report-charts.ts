import type { CashFlowForecast } from '../../../domain/kpi/forecast-cash-flow.ts';
import type { AgingResult } from '../../../domain/kpi/summarize-aging.ts';
import type { PromiseSummary } from '../../../domain/kpi/summarize-promises.ts';
import type { DsoTrend } from '../../../domain/kpi/trend-dso.ts';
import type { PageLanguage } from '../page-strings.ts';
import { REPORT_STRINGS } from './report-strings.ts';

export interface ReportCharts {
  readonly aging: string;
  readonly dsoTrend: string;
  readonly forecast: string;
  readonly promises: string;
}

const TOP_DEBTORS = 5;
const WIDTH = 520;
const HEIGHT = 220;
// Vega's number format per language: Dutch writes 1.234,50.
const LOCALES = {
  nl: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
} as const;
// Colours that keep 3:1 against white and apart from each other (Okabe-Ito, darkened).
const PALETTE = ['#0b5cad', '#b35900', '#1b7a4a', '#8a3f8f', '#a8322d', '#5a6270'];

/**
 * The reports page's four charts as SVG, drawn here on the server with vega-lite and vega
 * (loaded on the first call, not with the console): aging as bars per bucket stacked by debtor,
 * the DSO by month as a line, the weekly forecast stacked by source, the promises per month
 * stacked by outcome. The SVG has no script and no style attribute (the console's CSP allows
 * neither), and no ARIA of its own: the page gives each chart its name and a table beside it.
 */
export async function drawReportCharts({
  aging,
  dsoTrend,
  forecast,
  promises,
  language,
}: {
  aging: AgingResult;
  dsoTrend: DsoTrend;
  forecast: CashFlowForecast;
  promises: PromiseSummary;
  language: PageLanguage;
}): Promise<ReportCharts> {
  const [vegaLite, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const t = REPORT_STRINGS[language];
  const draw = async (spec: Record<string, unknown>): Promise<string> => {
    const compiled = vegaLite.compile({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: HEIGHT,
      background: 'white',
      config: {
        aria: false,
        font: 'system-ui, sans-serif',
        axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a' },
        legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 220, orient: 'bottom', columns: 3 },
        range: { category: PALETTE },
      },
      ...spec,
    } as never).spec;
    const view = new vega.View(vega.parse(compiled), {
      renderer: 'none',
      locale: { number: LOCALES[language] },
    } as never);
    try {
      return withoutAria(await view.toSVG());
    } finally {
      view.finalize();
    }
  };
  const euroAxis = { title: t.euros, format: '$,.0f' };
  const buckets = aging.buckets.map((bucket) => t.bucketLabel(bucket.key, bucket.label));
  const top = aging.rows.slice(0, TOP_DEBTORS);
  const rest = aging.rows.slice(TOP_DEBTORS);
  const agingValues = aging.buckets.flatMap((bucket) =>
    [
      ...top.map((row, rank) => ({
        bucket: t.bucketLabel(bucket.key, bucket.label),
        debtor: row.debtor,
        rank,
        euros: row.cents[bucket.key] / 100,
      })),
      ...(rest.length > 0
        ? [
            {
              bucket: t.bucketLabel(bucket.key, bucket.label),
              debtor: t.otherDebtors,
              rank: TOP_DEBTORS,
              euros: rest.reduce((sum, row) => sum + row.cents[bucket.key], 0) / 100,
            },
          ]
        : []),
    ].filter((value) => value.euros > 0),
  );
  const debtors = [...top.map((row) => row.debtor), ...(rest.length > 0 ? [t.otherDebtors] : [])];
  const [agingSvg, dsoSvg, forecastSvg, promisesSvg] = await Promise.all([
    draw({
      data: { values: agingValues },
      mark: 'bar',
      encoding: {
        x: {
          field: 'bucket',
          type: 'ordinal',
          scale: { domain: buckets },
          title: t.bucket,
          axis: { labelAngle: 0 },
        },
        y: { field: 'euros', type: 'quantitative', stack: 'zero', axis: euroAxis },
        color: { field: 'debtor', type: 'nominal', sort: debtors, title: t.debtor },
        order: { field: 'rank', type: 'quantitative' },
      },
    }),
    draw({
      data: {
        values: dsoTrend.points.map((point) => ({ month: point.month, days: point.dsoDays })),
      },
      mark: { type: 'line', color: PALETTE[0], point: { filled: true, color: PALETTE[0] } },
      encoding: {
        x: { field: 'month', type: 'ordinal', title: t.month, axis: { labelAngle: -45 } },
        y: { field: 'days', type: 'quantitative', title: t.days },
      },
    }),
    draw({
      data: {
        values: forecast.weeks.flatMap((week) =>
          stackParts([
            [t.due, week.invoicesCents],
            [t.promised, week.promisesCents],
            [t.plans, week.plansCents],
          ]).map(({ label, value, rank }) => ({ week: week.key, source: label, rank, euros: value / 100 })),
        ),
      },
      mark: 'bar',
      encoding: {
        x: {
          field: 'week',
          type: 'ordinal',
          scale: { domain: forecast.weeks.map((week) => week.key) },
          title: t.week,
          axis: { labelAngle: -45 },
        },
        y: { field: 'euros', type: 'quantitative', stack: 'zero', axis: euroAxis },
        color: { field: 'source', type: 'nominal', sort: [t.due, t.promised, t.plans], title: null },
        order: { field: 'rank', type: 'quantitative' },
      },
    }),
    draw({
      data: {
        values: promises.months.flatMap((month) =>
          stackParts([
            [t.kept, month.kept],
            [t.broken, month.broken],
            [t.pending, month.pending],
          ]).map(({ label, value, rank }) => ({ month: month.month, outcome: label, rank, count: value })),
        ),
      },
      mark: 'bar',
      encoding: {
        x: { field: 'month', type: 'ordinal', title: t.month, axis: { labelAngle: -45 } },
        y: {
          field: 'count',
          type: 'quantitative',
          stack: 'zero',
          title: t.promisesAxis,
          axis: { tickMinStep: 1 },
        },
        color: { field: 'outcome', type: 'nominal', sort: [t.kept, t.broken, t.pending], title: null },
        order: { field: 'rank', type: 'quantitative' },
      },
    }),
  ]);
  return { aging: agingSvg, dsoTrend: dsoSvg, forecast: forecastSvg, promises: promisesSvg };
}

/**
 * Vega's own ARIA (roles and labels on groups) taken out of the tags, never out of the text: the
 * page names the whole chart (role="img") and gives its table, so a screen reader is not walked
 * through the axes' groups.
 */
function withoutAria(svg: string): string {
  return svg.replace(/<[^>]+>/gu, (tag) => tag.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/gu, ''));
}

/** One stacked bar's parts above zero, each with its place in the stack (the legend's order). */
function stackParts(
  parts: readonly (readonly [label: string, value: number])[],
): { label: string; value: number; rank: number }[] {
  return parts.map(([label, value], rank) => ({ label, value, rank })).filter((part) => part.value > 0);
}
