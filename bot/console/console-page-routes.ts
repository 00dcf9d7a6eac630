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
  // Letters (issue 19): what each ladder step would send a debtor, its HTML part and its PDF.
  { name: 'letters', pattern: new RegExp(`^/console/debtors/${UUID}/letters$`), capability: 'see_debtors' },
  {
    name: 'letter-part',
    pattern: new RegExp(`^/console/debtors/${UUID}/letters/([a-z][a-z0-9_]{0,63})\\.(html|pdf)$`),
    capability: 'see_debtors',
  },
  // Reports (issue 19): the page and each table's download.
  { name: 'reports', pattern: /^\/console\/reports$/, capability: 'see_reports' },
  {
    name: 'report-download',
    pattern:
      /^\/console\/reports\/(aging-buckets|aging-debtors|dso-trend|forecast|forecast-apart|promises)\.(csv|xlsx)$/,
    capability: 'see_reports',
  },
  { name: 'sales', pattern: /^\/console\/sales$/, capability: 'see_disputes' },
  // Triage (issue 19): mail that matched no debtor and payments to review; a mail's original.
  { name: 'triage', pattern: /^\/console\/triage$/, capability: 'see_triage' },
  { name: 'triage-mail', pattern: new RegExp(`^/console/triage/${UUID}$`), capability: 'see_triage' },
] as const satisfies readonly { name: string; pattern: RegExp; capability: ConsoleCapability }[];

export type ConsolePageName = (typeof CONSOLE_PAGE_ROUTES)[number]['name'];
