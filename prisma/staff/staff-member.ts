import type { StaffRole } from '../../domain/staff/staff-role.ts';

/** A member of staff as the console and the CLI see them. */
export interface StaffMember {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
  readonly active: boolean;
}
