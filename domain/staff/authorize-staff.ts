import type { StaffRole } from './staff-role.ts';

/**
 * What a console user may do. The same rule as Slack's: only finance decides on proposals
 * (SLACK_FINANCE_APPROVERS there, the finance role here); sales sees disputes; admin sees
 * everything but decides only when it also holds finance. Debtor pages are for all three; pausing
 * dunning is finance's; the health page is for finance and admin. Reports (aging, DSO, forecast,
 * promises, and their downloads) are finance's and admin's: the company's whole book, which a
 * sales user settling one dispute does not need (and, exported, would carry out of the console).
 * Taking and resolving disputes is sales' (Slack's dispute buttons answer only SLACK_SALES_USERS);
 * retrying failed outbox items is for finance and admin, who see the health page. The triage page
 * (mail that matched no debtor, payments to review) is finance's and admin's; assigning or
 * dismissing a mail is a decision (finance, as Slack's triage). A dispute sales escalated goes to
 * finance, who hands it back or settles it. Contacts are kept by finance and admin: they decide
 * where reminders go and whose mail speaks for a debtor, so sales reads them only.
 */
export type ConsoleCapability =
  /** The inbox with every open proposal. */
  | 'see_all'
  /** The inbox's dispute hand-offs. */
  | 'see_disputes'
  /** Approve or reject a proposal, alone or in bulk. */
  | 'decide'
  /** Debtor pages: search, timeline, the original mail (read-only). */
  | 'see_debtors'
  /** Pause a debtor's dunning for some days. */
  | 'pause_dunning'
  /** The health page: settings, schedule, outboxes. */
  | 'see_health'
  /** The reports page and its CSV and .xlsx downloads. */
  | 'see_reports'
  /** Take and resolve disputes in the sales view (as SLACK_SALES_USERS in Slack). */
  | 'resolve_disputes'
  /** Send failed outbox items back to their queue from the health page. */
  | 'retry_outbox'
  /** The triage page: mail that matched no debtor, payments that wait for review. */
  | 'see_triage'
  /** Take up a dispute sales escalated: hand it back, or settle it. */
  | 'settle_escalated'
  /** Add, change and deactivate a debtor's contacts (who mail goes to, whose mail speaks for the debtor). */
  | 'manage_contacts';

const GRANTS: Readonly<Record<StaffRole, readonly ConsoleCapability[]>> = {
  finance: [
    'see_all',
    'see_disputes',
    'decide',
    'see_debtors',
    'pause_dunning',
    'see_health',
    'see_reports',
    'retry_outbox',
    'see_triage',
    'settle_escalated',
    'manage_contacts',
  ],
  sales: ['see_disputes', 'see_debtors', 'resolve_disputes'],
  admin: [
    'see_all',
    'see_disputes',
    'see_debtors',
    'see_health',
    'see_reports',
    'retry_outbox',
    'see_triage',
    'manage_contacts',
  ],
};

export function authorizeStaff({
  roles,
  capability,
}: {
  roles: readonly StaffRole[];
  capability: ConsoleCapability;
}): boolean {
  return roles.some((role) => GRANTS[role].includes(capability));
}
