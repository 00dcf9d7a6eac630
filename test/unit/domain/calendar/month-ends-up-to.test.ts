import { describe, expect, it } from 'vitest';
import { monthEndsUpTo } from '../../../../domain/calendar/month-ends-up-to.ts';

describe('monthEndsUpTo', () => {
  it('gives each earlier month its last day (leap February, across a year) and the day itself last', () => {
    expect(monthEndsUpTo('2024-03-15', 4)).toEqual(['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-15']);
    expect(monthEndsUpTo('2026-12-05', 1)).toEqual(['2026-12-05']);
  });
});
