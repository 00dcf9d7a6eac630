import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../../../../domain/calendar/add-business-days.ts';
import { nextBusinessDayOnOrAfter } from '../../../../domain/calendar/next-business-day.ts';
import { computeFourteenDayTerm } from '../../../../domain/law/compute-fourteen-day-term.ts';
import { addDays } from '../../../../domain/model/iso-date.ts';

describe('computeFourteenDayTerm', () => {
  it('starts the day after receipt and lets costs start after day 14', () => {
    // Sent Monday 2026-11-02, received (assumed) Wednesday 11-04; day 1 is 11-05, day 14 is 11-18 (Wednesday).
    expect(computeFourteenDayTerm({ sentOn: '2026-11-02', assumedDeliveryBusinessDays: 2 })).toEqual({
      receivedOn: '2026-11-04',
      termStartsOn: '2026-11-05',
      termEndsOn: '2026-11-18',
      costsChargeableFrom: '2026-11-19',
    });
  });

  it('extends a term ending on a weekend or holiday (Algemene termijnenwet)', () => {
    // Received Thursday 2026-12-10: day 14 is Thursday 12-24, fine; received Friday 12-11: day 14 is Friday 12-25 -> Monday 12-28.
    expect(computeFourteenDayTerm({ sentOn: '2026-12-10', assumedDeliveryBusinessDays: 0 }).termEndsOn).toBe(
      '2026-12-24',
    );
    const t = computeFourteenDayTerm({ sentOn: '2026-12-11', assumedDeliveryBusinessDays: 0 });
    expect(t.termEndsOn).toBe('2026-12-28');
    expect(t.costsChargeableFrom).toBe('2026-12-29');
  });

  it('counts Christmas and the weekend after it as no business days for delivery', () => {
    // Sent Wednesday 2026-12-23: 12-24 is a business day, 12-25 to 12-27 are not, 12-28 is.
    expect(computeFourteenDayTerm({ sentOn: '2026-12-23', assumedDeliveryBusinessDays: 2 })).toEqual({
      receivedOn: '2026-12-28',
      termStartsOn: '2026-12-29',
      termEndsOn: '2027-01-11',
      costsChargeableFrom: '2027-01-12',
    });
  });

  it('assumes delivery on business days: sent Friday, received Tuesday', () => {
    expect(computeFourteenDayTerm({ sentOn: '2026-11-20', assumedDeliveryBusinessDays: 2 }).receivedOn).toBe(
      '2026-11-24',
    );
  });

  it('counts the same days as the business-day calendar, whatever the sending day and delivery', () => {
    const start = Date.parse('2024-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 0, max: 10 }),
        (offset, delivery) => {
          const sentOn = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
          const receivedOn = addBusinessDays(sentOn, delivery);
          const termEndsOn = nextBusinessDayOnOrAfter(addDays(receivedOn, 14));
          expect(computeFourteenDayTerm({ sentOn, assumedDeliveryBusinessDays: delivery })).toEqual({
            receivedOn,
            termStartsOn: addDays(receivedOn, 1),
            termEndsOn,
            costsChargeableFrom: addDays(termEndsOn, 1),
          });
        },
      ),
    );
  });

  it('refuses a delivery that is not a whole number of days', () => {
    expect(() => computeFourteenDayTerm({ sentOn: '2026-11-02', assumedDeliveryBusinessDays: 1.5 })).toThrow(
      RangeError,
    );
  });
});
