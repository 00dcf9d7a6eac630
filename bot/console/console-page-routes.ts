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
  { name: 'sales', pattern: /^\/console\/sales$/, capability: 'see_disputes' },
] as const satisfies readonly { name: string; pattern: RegExp; capability: ConsoleCapability }[];

export type ConsolePageName = (typeof CONSOLE_PAGE_ROUTES)[number]['name'];
