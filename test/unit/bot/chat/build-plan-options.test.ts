import { describe, expect, it } from 'vitest';
import { buildPlanOptions } from '../../../../bot/chat/build-plan-options.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';

const today = '2026-11-23';
const clean = { brokenPromises: 0, breachedPlans: 0, activePlan: false, openDisputes: 0 };
const options = (totalCents: number, history = clean, requestedCount: number | null = null) =>
  buildPlanOptions({ totalCents, requestedCount, period: 'month', today, history, policy: DEFAULT_POLICY });

describe('payment plan options in the chat', () => {
  it('offers plans inside the policy, fewest instalments first, summing to the total', () => {
    const offered = options(120_000);
    expect(offered.map((o) => o.count)).toEqual([2, 3, 4, 6]);
    expect(offered.every((o) => !o.needsApproval)).toBe(true);
    for (const option of offered) {
      expect(option.instalments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(120_000);
      expect(option.instalments[0]?.dueDate).toBe('2026-11-30');
    }
  });

  it('never offers what breaks a hard limit (instalments below the minimum)', () => {
    expect(options(6_000).map((o) => o.count)).toEqual([2]);
    expect(options(4_000)).toEqual([]);
  });

  it('marks plans finance must approve: a large total, or a broken promise', () => {
    expect(options(726_000).every((o) => o.needsApproval)).toBe(true);
    expect(options(120_000, { ...clean, brokenPromises: 1 }).every((o) => o.needsApproval)).toBe(true);
  });

  it('includes the count the debtor asked for when the policy allows it', () => {
    expect(options(120_000, clean, 5).map((o) => o.count)).toEqual([2, 3, 4, 5]);
  });
});
