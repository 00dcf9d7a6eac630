import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../../../nlp/entities/extract-amounts.ts';

/** Formats cents the way a Dutch ("1.250,00") or English ("1,250.00") writer would. */
function format(cents: number, style: 'nl' | 'en'): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, style === 'nl' ? '.' : ',');
  const rest = String(cents % 100).padStart(2, '0');
  return style === 'nl' ? `${euros},${rest}` : `${euros}.${rest}`;
}

describe('extractAmounts', () => {
  it.each([
    ['Het bedrag van EUR 1.250,00 staat open', 125_000],
    ['Ik maak € 1250,- over', 125_000],
    ['EUR 1,250.00 was paid', 125_000],
    ['we kunnen 250 euro missen', 25_000],
    ['only €99 left', 9_900],
    ['€ 1.250,-- ontvangen', 125_000],
    ['€ 1 250,50', 125_050],
    ['1250,- EUR', 125_000],
    ['EUR1250.00', 125_000],
    ['€12,5', 1_250],
  ])('%s', (text, cents) => {
    expect(extractAmounts(text)).toEqual([expect.objectContaining({ cents, currency: 'EUR' })]);
  });

  it('finds several amounts in order', () => {
    expect(extractAmounts('3 x €100,00 en daarna €50').map((amount) => amount.cents)).toEqual([
      10_000, 5_000,
    ]);
  });

  it('ignores numbers without a currency', () => {
    expect(extractAmounts('factuur 2026-118 van 12 november, Europa')).toEqual([]);
  });

  it('gives back the cents of any amount written in Dutch or English style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_00 }),
        fc.constantFrom('nl' as const, 'en' as const),
        fc.constantFrom('€ ', '€', 'EUR ', ''),
        (cents, style, prefix) => {
          const written = prefix === '' ? `${format(cents, style)} euro` : `${prefix}${format(cents, style)}`;
          const found = extractAmounts(`Wij betalen ${written} deze week.`);
          expect(found.map((amount) => amount.cents)).toEqual([cents]);
        },
      ),
    );
  });
});
