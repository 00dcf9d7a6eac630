import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AMSTERDAM } from '../../../../nlp/entities/amsterdam-zone.ts';

describe('AMSTERDAM', () => {
  it('gives the offsets of Europe/Amsterdam, asked once or again, around the DST changes', () => {
    const iana = IANAZone.create('Europe/Amsterdam');
    const start = Date.parse('2026-03-28T00:00:00Z');
    for (let round = 0; round < 2; round++) {
      for (let ts = start; ts < start + 3 * 86_400_000; ts += 15 * 60_000) {
        expect(AMSTERDAM.offset(ts)).toBe(iana.offset(ts));
      }
      expect(AMSTERDAM.offset(Date.parse('2026-10-25T00:59:59Z'))).toBe(120);
      expect(AMSTERDAM.offset(Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
    }
  });

  it('makes the same DateTimes as the zone name does', () => {
    const instant = new Date('2026-03-29T00:30:00Z');
    const remembered = DateTime.fromJSDate(instant, { zone: AMSTERDAM }).startOf('day');
    const named = DateTime.fromJSDate(instant, { zone: 'Europe/Amsterdam' }).startOf('day');
    expect(remembered.toISO()).toBe(named.toISO());
    expect(remembered.zoneName).toBe('Europe/Amsterdam');
  });
});
