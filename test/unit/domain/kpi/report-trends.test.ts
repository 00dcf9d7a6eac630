import { describe, expect, it } from 'vitest';
import { countbackDso } from '../../../../domain/kpi/countback-dso.ts';
import { summarizePromises } from '../../../../domain/kpi/summarize-promises.ts';
import { trendDso } from '../../../../domain/kpi/trend-dso.ts';

describe('trendDso', () => {
  const salesByMonth = new Map([
    ['2026-09', 300_000],
    ['2026-10', 310_000],
    ['2026-11', 300_000],
  ]);

  it('takes the countback DSO on each day with what was open then', () => {
    const trend = trendDso({
      asOf: '2026-11-23',
      salesByMonth,
      earliestIssueDate: '2026-09-01',
      receivablesAt: [
        { day: '2026-09-30', cents: 150_000 },
        { day: '2026-10-31', cents: 310_000 },
        { day: '2026-11-23', cents: 200_000 },
      ],
    });
    // September: 30 days x 150,000 / 300,000; October: all of it, exactly; November as of the 23rd.
    expect(trend.points.map((p) => [p.month, p.dsoDays, p.historyExhausted])).toEqual([
      ['2026-09', 15, false],
      ['2026-10', 31, false],
      [
        '2026-11',
        countbackDso({
          asOf: '2026-11-23',
          receivablesCents: 200_000,
          earliestIssueDate: '2026-09-01',
          salesByMonth,
        }).dsoDays,
        false,
      ],
    ]);
    expect(trend.points.at(-1)!.receivablesCents).toBe(200_000);
  });

  it('says when receivables outran the sales before a day', () => {
    const trend = trendDso({
      asOf: '2026-10-31',
      salesByMonth,
      earliestIssueDate: '2026-09-01',
      receivablesAt: [{ day: '2026-09-30', cents: 400_000 }],
    });
    expect(trend.points[0]).toMatchObject({ dsoDays: 30, historyExhausted: true });
  });
});

describe('summarizePromises', () => {
  it('counts kept, broken and pending per month of the promised date with the policy grace', () => {
    const summary = summarizePromises({
      asOf: '2026-11-23',
      graceBusinessDays: 3,
      promises: [
        { promisedDate: '2026-10-05', paidOn: '2026-10-08' }, // kept: within 3 business days
        { promisedDate: '2026-10-05', paidOn: '2026-10-12' }, // broken: paid, but late
        { promisedDate: '2026-11-02', paidOn: null }, // broken: grace long over
        { promisedDate: '2026-11-20', paidOn: null }, // pending: grace runs until the 25th
      ],
    });
    expect(summary).toMatchObject({ kept: 1, broken: 2, pending: 1 });
    expect(summary.rate).toBeCloseTo(1 / 3);
    expect(summary.months).toEqual([
      { month: '2026-10', kept: 1, broken: 1, pending: 0, rate: 0.5 },
      { month: '2026-11', kept: 0, broken: 1, pending: 1, rate: 0 },
    ]);
  });
});
