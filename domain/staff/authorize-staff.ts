import type { StaffRole } from './staff-role.ts';

/**
 * What a console user may do. The same rule as Slack's: only finance decides on proposals
 * (SLACK_FINANCE_APPROVERS there, the finance role here); sales sees disputes; admin sees
 * everything but decides only when it also holds finance.
 */
export type ConsoleCapability =
  /** The inbox with every open proposal. */
  | 'see_all'
  /** The inbox's dispute hand-offs. */
  | 'see_disputes'
  /** Approve or reject a proposal, alone or in bulk. */
  | 'decide';

const GRANTS: Readonly<Record<StaffRole, readonly ConsoleCapability[]>> = {
  finance: ['see_all', 'see_disputes', 'decide'],
  sales: ['see_disputes'],
  admin: ['see_all', 'see_disputes'],
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
