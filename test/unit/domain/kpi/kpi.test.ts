import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAging } from '../../../../domain/kpi/compute-aging.ts';
import { computeDso } from '../../../../domain/kpi/compute-dso.ts';
import { computePromiseKeptRate } from '../../../../domain/kpi/compute-promise-kept-rate.ts';
import { forecastCashFlow } from '../../../../domain/kpi/forecast-cash-flow.ts';
import { addDays } from '../../../../domain/model/iso-date.ts';

describe('computeDso (countback)', () => {
  it('absorbs the current month, then a share of the previous one', () => {
    const r = computeDso({
      asOf: '2026-11-23',
      invoices: [
        { issueDate: '2026-11-10', amountCents: 100_000, openCents: 100_000 },
        { issueDate: '2026-10-05', amountCents: 310_000, openCents: 100_000 },
        { issueDate: '2026-12-01', amountCents: 999_999, openCents: 999_999 }, // after asOf: ignored
      ],
    });
    expect(r.receivablesCents).toBe(200_000);
    // November 1-23: 23 days fully; October: 31 x 100,000 / 310,000 = 10 days.
    expect(r.dsoDays).toBe(33);
    expect(r.months.map((m) => [m.month, m.days, m.countedDays])).toEqual([
      ['2026-11', 23, 23],
      ['2026-10', 31, 10],
    ]);
    expect(r.historyExhausted).toBe(false);
    expect(r.method).toMatch(/Countback/);
  });

  it('flags a DSO that ran out of history and is 0 with nothing open', () => {
    const invoices = [
      { issueDate: '2026-11-01', amountCents: 10_000, openCents: 10_000 },
      { issueDate: '2026-10-31', amountCents: 5_000, openCents: 5_000 },
    ];
    const short = computeDso({ asOf: '2026-11-23', invoices, maxMonths: 1 });
    expect(short).toMatchObject({ dsoDays: 23, historyExhausted: true });
    expect(computeDso({ asOf: '2026-11-23', invoices })).toMatchObject({
      dsoDays: 54,
      historyExhausted: false,
    });
    expect(
      computeDso({
        asOf: '2026-11-23',
        invoices: [{ issueDate: '2026-11-01', amountCents: 10_000, openCents: 0 }],
      }).dsoDays,
    ).toBe(0);
  });

  it('is at most the days covered and at least 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            age: fc.integer({ min: 0, max: 300 }),
            amount: fc.integer({ min: 1, max: 1_000_000 }),
            openShare: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const invoices = rows.map((r) => ({
            issueDate: addDays('2026-11-23', -r.age),
            amountCents: r.amount,
            openCents: Math.floor(r.amount * r.openShare),
          }));
          const r = computeDso({ asOf: '2026-11-23', invoices });
          expect(r.dsoDays).toBeGreaterThanOrEqual(0);
          expect(r.dsoDays).toBeLessThanOrEqual(r.months.reduce((s, m) => s + m.days, 0) + 0.05);
          expect(r.historyExhausted).toBe(false); // open never exceeds sales here
        },
      ),
    );
  });
});

describe('computeAging', () => {
  it('puts amounts in the right buckets at the boundaries', () => {
    const asOf = '2026-11-23';
    const due = (daysOverdue: number) => addDays(asOf, -daysOverdue);
    const r = computeAging({
      asOf,
      invoices: [
        { debtor: 'A', openCents: 1, dueDate: due(0) },
        { debtor: 'A', openCents: 10, dueDate: due(1) },
        { debtor: 'A', openCents: 20, dueDate: due(30) },
        { debtor: 'B', openCents: 100, dueDate: due(31) },
        { debtor: 'B', openCents: 200, dueDate: due(60) },
        { debtor: 'B', openCents: 1_000, dueDate: due(61) },
        { debtor: 'C', openCents: 2_000, dueDate: due(90) },
        { debtor: 'C', openCents: 10_000, dueDate: due(91) },
        { debtor: 'C', openCents: 0, dueDate: due(200) },
      ],
    });
    expect(r.buckets.map((b) => [b.label, b.cents, b.count])).toEqual([
      ['Not due', 1, 1],
      ['1-30', 30, 2],
      ['31-60', 300, 2],
      ['61-90', 3_000, 2],
      ['90+', 10_000, 1],
    ]);
    expect(r.totalCents).toBe(13_331);
    expect(r.rows.map((row) => [row.debtor, row.totalCents])).toEqual([
      ['C', 12_000],
      ['B', 1_300],
      ['A', 31],
    ]);
  });
});

describe('computePromiseKeptRate', () => {
  it('counts kept within grace, broken after, pending before the deadline', () => {
    const r = computePromiseKeptRate({
      asOf: '2026-11-23',
      graceBusinessDays: 3,
      promises: [
        { promisedDate: '2026-11-02', paidOn: '2026-11-05' }, // deadline Thursday 11-05: kept
        { promisedDate: '2026-11-02', paidOn: '2026-11-06' }, // late: broken
        { promisedDate: '2026-11-02', paidOn: null }, // broken
        { promisedDate: '2026-11-20', paidOn: null }, // deadline 11-25: pending
      ],
    });
    expect(r).toMatchObject({ kept: 1, broken: 2, pending: 1 });
    expect(r.rate).toBeCloseTo(1 / 3);
    expect(
      computePromiseKeptRate({ asOf: '2026-11-23', graceBusinessDays: 3, promises: [] }).rate,
    ).toBeNull();
  });
});

describe('forecastCashFlow', () => {
  it('uses due dates, promises instead of due dates, plan instalments; keeps overdue and disputed apart', () => {
    const r = forecastCashFlow({
      asOf: '2026-11-25', // Wednesday of 2026-W48
      weeks: 3,
      invoices: [
        { id: 'a', openCents: 1_000, dueDate: '2026-11-27', status: 'open' }, // W48
        { id: 'b', openCents: 2_000, dueDate: '2026-11-01', status: 'open' }, // overdue, promised 1,500 on 12-03 (W49)
        { id: 'c', openCents: 4_000, dueDate: '2026-11-01', status: 'disputed' },
        { id: 'd', openCents: 8_000, dueDate: '2026-11-01', status: 'planned' }, // only via instalments
        { id: 'e', openCents: 16_000, dueDate: '2027-02-01', status: 'open' }, // later
        { id: 'f', openCents: 32_000, dueDate: '2026-12-14', status: 'paid' },
      ],
      promises: [{ invoiceId: 'b', date: '2026-12-03', amountCents: 1_500 }],
      instalments: [
        { dueDate: '2026-12-07', unpaidCents: 4_000 }, // W50
        { dueDate: '2026-11-20', unpaidCents: 4_000 }, // missed
      ],
    });
    expect(r.weeks.map((w) => [w.key, w.invoicesCents, w.promisesCents, w.plansCents, w.totalCents])).toEqual(
      [
        ['2026-W48', 1_000, 0, 0, 1_000],
        ['2026-W49', 0, 1_500, 0, 1_500],
        ['2026-W50', 0, 0, 4_000, 4_000],
      ],
    );
    expect(r).toMatchObject({ overdueUndatedCents: 500 + 4_000, disputedCents: 4_000, laterCents: 16_000 });
  });
});
