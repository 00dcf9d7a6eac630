import type { ConsoleCapability } from '../../domain/staff/authorize-staff.ts';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/**
 * Every signed-in console page but the inbox (which every role opens and which shows each role its
 * part), with the capability it needs; the router checks it before the page is read, and the
 * authorization test walks this table.
 */
export const CONSOLE_PAGE_ROUTES = [
  { name: 'debtors', pattern: /^\/console\/debtors$/, capability: 'see_debtors' },
  { name: 'debtor', pattern: new RegExp(`^/console/debtors/${UUID}$`), capability: 'see_debtors' },
  {
    name: 'message',
    pattern: new RegExp(`^/console/debtors/${UUID}/messages/${UUID}$`),
    capability: 'see_debtors',
  },
  { name: 'health', pattern: /^\/console\/health$/, capability: 'see_health' },
  // Reports (issue 19): the page and each table's download.
  { name: 'reports', pattern: /^\/console\/reports$/, capability: 'see_reports' },
  {
    name: 'report-download',
    pattern:
      /^\/console\/reports\/(aging-buckets|aging-debtors|dso-trend|forecast|forecast-apart|promises)\.(csv|xlsx)$/,
    capability: 'see_reports',
  },
] as const satisfies readonly { name: string; pattern: RegExp; capability: ConsoleCapability }[];

export type ConsolePageName = (typeof CONSOLE_PAGE_ROUTES)[number]['name'];
