import { describe, expect, it } from 'vitest';
import { computeFourteenDayTerm } from '../../../../domain/law/compute-fourteen-day-term.ts';

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

  it('assumes delivery on business days: sent Friday, received Tuesday', () => {
    expect(computeFourteenDayTerm({ sentOn: '2026-11-20', assumedDeliveryBusinessDays: 2 }).receivedOn).toBe(
      '2026-11-24',
    );
  });
});
