import { describe, expect, it } from 'vitest';
import { parseExportAsOf } from '../../../../bot/ledger/parse-export-as-of.ts';

const NOW = new Date('2026-12-05T12:00:00Z');

describe('parseExportAsOf', () => {
  it.each([
    ['2026-11-27', '2026-11-26T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    // The days the clocks change start at the offset of the night before.
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-11-27T17:30+01:00', '2026-11-27T16:30:00.000Z'],
    ['2026-11-27T17:30:15.250Z', '2026-11-27T17:30:15.250Z'],
  ])('%s is %s', (text, instant) => {
    expect(parseExportAsOf(text, NOW).toISOString()).toBe(instant);
  });

  it.each(['27-11-2026', '2026-11-27T17:30', '2026-02-30', 'yesterday', ''])('refuses %j', (text) => {
    expect(() => parseExportAsOf(text, NOW)).toThrow(/is not a day or a moment/);
  });

  it('refuses a moment in the future, with a few minutes for clocks', () => {
    expect(() => parseExportAsOf('2026-12-06', NOW)).toThrow(/in the future/);
    expect(parseExportAsOf('2026-12-05T12:04:00Z', NOW).toISOString()).toBe('2026-12-05T12:04:00.000Z');
  });
});
