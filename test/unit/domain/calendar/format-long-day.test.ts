import { describe, expect, it } from 'vitest';
import { formatLongDay } from '../../../../domain/calendar/format-long-day.ts';

describe('formatLongDay', () => {
  it('writes the day out in Dutch, and in English for any other language', () => {
    expect(formatLongDay('2026-11-23', 'nl')).toBe('23 november 2026');
    expect(formatLongDay('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatLongDay('2026-01-01', 'pl')).toBe('1 January 2026');
  });

  it('writes German and French letters in their own words', () => {
    expect(formatLongDay('2026-11-23', 'de')).toBe('23. November 2026');
    expect(formatLongDay('2026-11-23', 'fr')).toBe('23 novembre 2026');
  });
});
