import { describe, expect, it } from 'vitest';
import { authorizeStaff, type ConsoleCapability } from '../../../../domain/staff/authorize-staff.ts';
import type { StaffRole } from '../../../../domain/staff/staff-role.ts';

const TABLE: [StaffRole[], ConsoleCapability, boolean][] = [
  [['finance'], 'decide', true],
  [['finance'], 'see_all', true],
  [['sales'], 'decide', false],
  [['sales'], 'see_all', false],
  [['sales'], 'see_disputes', true],
  [['admin'], 'decide', false],
  [['admin'], 'see_all', true],
  [['admin', 'finance'], 'decide', true],
  [[], 'see_disputes', false],
  [['sales'], 'see_debtors', true],
  [['sales'], 'pause_dunning', false],
  [['sales'], 'see_health', false],
  [['admin'], 'see_health', true],
  [['admin'], 'pause_dunning', false],
  [['finance'], 'pause_dunning', true],
  [['finance'], 'see_health', true],
  [[], 'see_debtors', false],
  [['finance'], 'see_reports', true],
  [['admin'], 'see_reports', true],
  [['sales'], 'see_reports', false],
  [[], 'see_reports', false],
  [['sales'], 'resolve_disputes', true],
  [['finance'], 'resolve_disputes', false],
  [['admin'], 'resolve_disputes', false],
  [['finance'], 'retry_outbox', true],
  [['admin'], 'retry_outbox', true],
  [['sales'], 'retry_outbox', false],
  [['finance'], 'see_triage', true],
  [['admin'], 'see_triage', true],
  [['sales'], 'see_triage', false],
  [['finance'], 'settle_escalated', true],
  [['admin'], 'settle_escalated', false],
  [['sales'], 'settle_escalated', false],
  [['finance'], 'manage_contacts', true],
  [['admin'], 'manage_contacts', true],
  [['sales'], 'manage_contacts', false],
  [[], 'manage_contacts', false],
];

describe('authorizeStaff', () => {
  it.each(TABLE)('%j may %s: %s', (roles, capability, allowed) => {
    expect(authorizeStaff({ roles, capability })).toBe(allowed);
  });
});
