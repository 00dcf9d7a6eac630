import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../nlp/entities/extract-dates.ts';
import { extractEntities } from '../../../../nlp/entities/extract-entities.ts';
import { shortenLongRuns } from '../../../../nlp/entities/shorten-long-runs.ts';

const RECEIVED = new Date('2026-03-12T09:00:00Z');

describe('shortenLongRuns', () => {
  it('leaves what people write as it is', () => {
    for (const text of [
      'Wij betalen factuur INV-2026-0042 (€ 1.250,00) op 3 maart 2026 om 10:00.',
      'IBAN NL91 ABNA 0417 1643 00\tBIC ABNANL2A\nTermijnen:  3 x € 250',
      `Zie https://pay.example.com/i/${'a'.repeat(150)} en NL91ABNA0417164300`,
    ]) {
      expect(shortenLongRuns(text)).toBe(text);
    }
  });

  it('turns a run without white space beyond 200 characters, and white space beyond three, into one space', () => {
    expect(shortenLongRuns(`a ${'1'.repeat(201)} b`)).toBe('a   b');
    expect(shortenLongRuns(`a${' '.repeat(4)}b\t\t\t\tc\n\n\n\nd\r\n \r\n\r\ne\n\nf`)).toBe(
      'a b c\n\nd\n\ne\n\nf',
    );
  });
});

describe('entities beside runs a sender can write', () => {
  it('still finds the amount, the date and the plan beside 60,000 digits', () => {
    const text = `Ik betaal € 250 per maand, de eerste keer op 3 april 2026.\n${'1'.repeat(60_000)}`;
    const entities = extractEntities(text, { receivedAt: RECEIVED, language: 'nl' });
    expect(entities.amounts.map((amount) => amount.cents)).toContain(25_000);
    expect(entities.dates.map((date) => date.date)).toContain('2026-04-03');
    expect(entities.instalments).toEqual([expect.objectContaining({ amountCents: 25_000, period: 'month' })]);
  });

  it('reads a date followed by a long run of white space or line breaks', () => {
    for (const run of [' ', '\t', '\n', '\r\n']) {
      const dates = extractDates(`Op 3 maart 2026 ${run.repeat(16_000)} betaal ik.`, {
        receivedAt: RECEIVED,
        language: 'nl',
      });
      expect(dates.map((date) => date.date)).toContain('2026-03-03');
    }
  });
});
