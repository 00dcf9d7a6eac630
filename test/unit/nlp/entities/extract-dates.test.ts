import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../domain/reasons.ts';
import { extractDates } from '../../../../nlp/entities/extract-dates.ts';

// Wednesday 19 November 2025, 10:00 in Amsterdam.
const receivedAt = new Date('2025-11-19T09:00:00Z');

describe('extractDates', () => {
  it.each<[string, Language, string]>([
    ['Wij betalen vrijdag', 'nl', '2025-11-21'],
    ['Ik heb vrijdag betaald', 'nl', '2025-11-14'],
    ['eind volgende week', 'nl', '2025-11-28'],
    ['volgende week dinsdag', 'nl', '2025-11-25'],
    ['uiterlijk 25 november', 'nl', '2025-11-25'],
    ['uiterlijk 25-11', 'nl', '2025-11-25'],
    ['eind deze maand', 'nl', '2025-11-30'],
    ['begin volgende week', 'nl', '2025-11-24'],
    ['de 25e', 'nl', '2025-11-25'],
    ['morgen', 'nl', '2025-11-20'],
    ['over twee weken', 'nl', '2025-12-03'],
    ['betaald op 14-11-2025', 'nl', '2025-11-14'],
    ['next Tuesday', 'en', '2025-11-25'],
    ['the 25th', 'en', '2025-11-25'],
    ['end of the month', 'en', '2025-11-30'],
    ['end of next week', 'en', '2025-11-28'],
    ['by Friday', 'en', '2025-11-21'],
    ['paid last Friday', 'en', '2025-11-14'],
    ['am Freitag', 'de', '2025-11-21'],
    ['vendredi prochain', 'fr', '2025-11-28'],
  ])('%s (%s) -> %s', (text, language, date) => {
    expect(extractDates(text, { receivedAt, language }).map((entity) => entity.date)).toEqual([date]);
  });

  it('resolves in Europe/Amsterdam: 23:30 UTC on 30 November is already 1 December there', () => {
    const lateEvening = new Date('2025-11-30T23:30:00Z');
    expect(extractDates('morgen', { receivedAt: lateEvening, language: 'nl' })[0]?.date).toBe('2025-12-02');
  });

  it('reads "the 25th" after the 25th as next month', () => {
    const after = new Date('2025-11-27T10:00:00Z');
    expect(extractDates('the 25th', { receivedAt: after, language: 'en' })[0]?.date).toBe('2025-12-25');
  });

  it('finds no date in times, invoice numbers or plain text', () => {
    expect(
      extractDates('bel me om 10:00 over factuur INV-2026-0042 of 2026-118', { receivedAt, language: 'nl' }),
    ).toEqual([]);
    expect(extractDates('Bedankt voor uw bericht', { receivedAt, language: 'nl' })).toEqual([]);
  });

  it('reads any valid day-month-year written as DD-MM-YYYY back as that day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T12:00:00Z'),
          max: new Date('2030-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        (day) => {
          const iso = day.toISOString().slice(0, 10);
          const [year, month, dayOfMonth] = iso.split('-');
          const found = extractDates(`betaald op ${dayOfMonth}-${month}-${year}.`, {
            receivedAt,
            language: 'nl',
          });
          expect(found.map((entity) => entity.date)).toEqual([iso]);
        },
      ),
    );
  });

  it('needs a day number next to a month name: "Jan" the name is no date', () => {
    for (const text of [
      'Groeten, Jan',
      'Met vriendelijke groet,\nJan de Vries',
      'Hoi, met Jan hier.',
      'Mar from accounts',
    ]) {
      expect(extractDates(text, { receivedAt, language: 'nl' })).toEqual([]);
      expect(extractDates(text, { receivedAt, language: 'en' })).toEqual([]);
    }
    expect(extractDates('betaald op 5 jan', { receivedAt, language: 'nl' })[0]?.date).toBe('2026-01-05');
    expect(extractDates('Jan betaalt 5 december', { receivedAt, language: 'nl' }).map((d) => d.date)).toEqual(
      ['2025-12-05'],
    );
  });

  it('reads "the 1st of April" as that day, not as the 1st of the coming month', () => {
    const found = extractDates("I'll be back on the 1st of April", { receivedAt, language: 'en' });
    expect(found.map((entity) => entity.date)).toEqual(['2026-04-01']);
  });

  it('reads a month name with a day the same whatever the process time zone (resolved in Amsterdam)', () => {
    // The day is computed from the Amsterdam calendar day of receivedAt, never from the host zone.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), (day, hour) => {
        const at = new Date(Date.UTC(2026, 2, 10, hour, 30));
        const found = extractDates(`We betalen op ${day} april.`, { receivedAt: at, language: 'nl' });
        expect(found[0]?.date).toBe(`2026-04-${String(day).padStart(2, '0')}`);
      }),
    );
  });
});
