/** What a member of staff does in the console: finance decides, sales sees disputes, admin sees all. */
export const STAFF_ROLES = ['finance', 'sales', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
