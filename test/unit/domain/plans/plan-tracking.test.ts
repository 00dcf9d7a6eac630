import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlanPayment } from '../../../../domain/plans/apply-plan-payment.ts';
import { buildInstalmentSchedule } from '../../../../domain/plans/build-instalment-schedule.ts';
import { detectPlanBreach } from '../../../../domain/plans/detect-plan-breach.ts';
import { evaluatePlanRequest } from '../../../../domain/plans/evaluate-plan-request.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { proposeAfterPlanBreach } from '../../../../domain/proposals/propose-after-plan-breach.ts';
import { fixtureTrackedInstalments } from '../../../support/fixture-tracked-instalments.ts';

const clean = { brokenPromises: 0, breachedPlans: 0, activePlan: false, openDisputes: 0 };
const tracked = fixtureTrackedInstalments;

describe('evaluatePlanRequest', () => {
  const today = '2026-11-23';
  const schedule = (totalCents: number, count: number) =>
    buildInstalmentSchedule({ totalCents, count, period: 'month', startDate: '2026-11-30' });

  it('auto-approves inside the envelope and says why', () => {
    const r = evaluatePlanRequest({
      schedule: schedule(120_000, 3),
      today,
      history: clean,
      policy: DEFAULT_POLICY,
    });
    expect(r.kind).toBe('auto_approve');
    expect(r.reasons[0]).toMatch(/6 months/);
  });

  it('needs approval above the total limit or with a bad history', () => {
    expect(
      evaluatePlanRequest({ schedule: schedule(600_000, 3), today, history: clean, policy: DEFAULT_POLICY }),
    ).toMatchObject({
      kind: 'needs_approval',
      reasons: [expect.stringMatching(/€6,000.00 is above the €5,000.00/)],
    });
    for (const history of [
      { ...clean, brokenPromises: 1 },
      { ...clean, breachedPlans: 1 },
      { ...clean, activePlan: true },
      { ...clean, openDisputes: 2 },
    ]) {
      expect(
        evaluatePlanRequest({ schedule: schedule(120_000, 3), today, history, policy: DEFAULT_POLICY }).kind,
      ).toBe('needs_approval');
    }
  });

  it('rejects plans that break a hard limit, listing every reason', () => {
    const r = evaluatePlanRequest({
      schedule: schedule(20_000, 12),
      today,
      history: { ...clean, brokenPromises: 2 },
      policy: DEFAULT_POLICY,
    });
    expect(r.kind).toBe('rejected');
    expect(r.reasons).toEqual([
      expect.stringMatching(/beyond the policy maximum of 6 months \(2027-05-23\)/),
      expect.stringMatching(/€16.66 is below the policy minimum of €25.00/),
      expect.stringMatching(/broke 2/),
    ]);
  });
});

describe('detectPlanBreach', () => {
  it('is not breached within the grace days, breached after', () => {
    // Due 2026-10-01 (Thursday) + 5 days = Tuesday 10-06.
    expect(detectPlanBreach({ instalments: tracked([]), today: '2026-10-06', graceDays: 5 }).breached).toBe(
      false,
    );
    const breach = detectPlanBreach({ instalments: tracked([]), today: '2026-10-07', graceDays: 5 });
    expect(breach).toEqual({
      breached: true,
      missed: [{ index: 0, dueDate: '2026-10-01', deadline: '2026-10-06', unpaidCents: 30_000 }],
      unpaidCents: 30_000,
    });
  });

  it('moves a deadline on a weekend to the next business day', () => {
    // Due 2026-11-01 (Sunday) + 5 = Friday 11-06; due 2026-10-01 + 2 = Saturday 10-03 -> Monday 10-05.
    const b = detectPlanBreach({ instalments: tracked([]), today: '2026-10-05', graceDays: 2 });
    expect(b.breached).toBe(false);
  });

  it('counts a partly paid instalment as missed for the unpaid part', () => {
    const b = detectPlanBreach({ instalments: tracked([30_000, 10_000]), today: '2026-12-01', graceDays: 5 });
    expect(b.missed.map((m) => [m.index, m.unpaidCents])).toEqual([[1, 20_000]]);
  });
});

describe('applyPlanPayment', () => {
  it('pays the oldest instalment first and reports leftovers', () => {
    const r = applyPlanPayment({ instalments: tracked([0, 0, 0]), paymentCents: 45_000 });
    expect(r.instalments.map((i) => i.paidCents)).toEqual([30_000, 15_000, 0]);
    expect(r.leftoverCents).toBe(0);
    const over = applyPlanPayment({ instalments: r.instalments, paymentCents: 50_000 });
    expect(over.instalments.map((i) => i.paidCents)).toEqual([30_000, 30_000, 30_000]);
    expect(over.leftoverCents).toBe(5_000);
  });

  it('conserves money: applied + leftover = payment, never overpaying an instalment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 3 }),
        fc.integer({ min: 1, max: 200_000 }),
        (paid, payment) => {
          const before = tracked(paid);
          const r = applyPlanPayment({ instalments: before, paymentCents: payment });
          expect(r.appliedCents + r.leftoverCents).toBe(payment);
          const delta =
            r.instalments.reduce((s, i) => s + i.paidCents, 0) - before.reduce((s, i) => s + i.paidCents, 0);
          expect(delta).toBe(r.appliedCents);
          for (const i of r.instalments) expect(i.paidCents).toBeLessThanOrEqual(i.amountCents);
        },
      ),
    );
  });
});

describe('proposeAfterPlanBreach', () => {
  it('proposes an approved escalation naming the missed instalments, nothing without a breach', () => {
    const breach = detectPlanBreach({ instalments: tracked([30_000]), today: '2026-11-23', graceDays: 5 });
    const p = proposeAfterPlanBreach({
      breach,
      planId: 'plan-1',
      invoiceIds: ['inv-1'],
      replyLanguage: 'nl',
      today: '2026-11-23',
    });
    expect(p).toMatchObject({ action: 'escalate', requiresApproval: true, params: { unpaidCents: 30_000 } });
    expect(p?.rationale).toMatch(/instalment 2 of €300.00 due 2026-11-01 \(grace until 2026-11-06\)/);
    const none = detectPlanBreach({ instalments: tracked([]), today: '2026-10-01', graceDays: 5 });
    expect(
      proposeAfterPlanBreach({
        breach: none,
        planId: 'p',
        invoiceIds: [],
        replyLanguage: 'nl',
        today: '2026-10-01',
      }),
    ).toBeNull();
  });
});
