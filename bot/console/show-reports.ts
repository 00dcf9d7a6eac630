import { drawReportCharts } from '../../channels/web/console/draw-report-charts.ts';
import { renderReportsPage } from '../../channels/web/console/render-reports-page.ts';
import { amsterdamDate, type IsoDate, isIsoDate } from '../../domain/model/iso-date.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import { buildReport } from '../report/build-report.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

/** The forecast's weeks and how far the DSO trend and promises look back, as `collections report` defaults. */
export const CONSOLE_REPORT_SPAN = { weeks: 8, months: 12 } as const;

/** ?as-of=YYYY-MM-DD, or today in Amsterdam; anything else is today, never an error. */
export function readReportDay(deps: ConsoleDeps, url: URL): IsoDate {
  const asked = url.searchParams.get('as-of');
  return asked && isIsoDate(asked) ? asked : amsterdamDate(deps.now());
}

/**
 * GET /console/reports: the four reports `collections report` gives (aging, dso-trend, forecast,
 * promises), from the same buildReport, with their charts drawn on the server.
 */
export async function showReports(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const asOf = readReportDay(deps, exchange.url);
  const common = {
    db: deps.db,
    asOf,
    ...CONSOLE_REPORT_SPAN,
    graceBusinessDays: deps.policy.promises.graceBusinessDays,
  };
  const aging = (await buildReport({ ...common, kind: 'aging' })).result;
  const dsoTrend = (await buildReport({ ...common, kind: 'dso-trend' })).result;
  const forecast = (await buildReport({ ...common, kind: 'forecast' })).result;
  const promises = (await buildReport({ ...common, kind: 'promises' })).result;
  const reports = { aging, dsoTrend, forecast, promises };
  const charts = await drawReportCharts({ ...reports, language: exchange.language });
  exchange.page(
    200,
    renderReportsPage({
      language: exchange.language,
      companyName: deps.companyName,
      asOf,
      reports,
      charts,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}
