import { describe, expect, it } from 'vitest';
import { extractInstalments } from '../../../../nlp/entities/extract-instalments.ts';

describe('extractInstalments', () => {
  it.each([
    ['Kunnen we in 3 termijnen betalen?', { count: 3, amountCents: null, period: null }],
    ['3 maandelijkse termijnen van € 400', { count: 3, amountCents: 40_000, period: 'month' }],
    ['ik kan 250 euro per maand betalen', { count: null, amountCents: 25_000, period: 'month' }],
    ['€100 a week', { count: null, amountCents: 10_000, period: 'week' }],
    ['in two instalments', { count: 2, amountCents: null, period: null }],
    ['in 4 termijnen van 250 euro per maand', { count: 4, amountCents: 25_000, period: 'month' }],
    ['EUR 150,- p/m', { count: null, amountCents: 15_000, period: 'month' }],
    ['in 6 monthly payments', { count: 6, amountCents: null, period: 'month' }],
    ['betaling in 2 keer', { count: 2, amountCents: null, period: null }],
  ])('%s', (text, expected) => {
    expect(extractInstalments(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each(['ik heb 2 keer gebeld', 'we betalen over 3 maanden', 'factuur van €250'])(
    'finds no plan in "%s"',
    (text) => {
      expect(extractInstalments(text)).toEqual([]);
    },
  );
});
