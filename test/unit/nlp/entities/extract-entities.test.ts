import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../nlp/entities/extract-entities.ts';

describe('extractEntities', () => {
  it('extracts everything from a Dutch debtor reply', () => {
    const entities = extractEntities(
      'Factuur INV-2025-0042 (PO 4500012345) van EUR 1.250,00 betalen we in 3 termijnen, de eerste eind volgende week. Ons IBAN is NL91 ABNA 0417 1643 00.',
      { receivedAt: new Date('2025-11-19T09:00:00Z'), language: 'nl' },
    );
    expect(entities).toEqual({
      amounts: [{ cents: 125_000, currency: 'EUR', text: 'EUR 1.250,00' }],
      dates: [{ date: '2025-11-28', text: 'eind volgende week' }],
      invoiceNumbers: ['INV-2025-0042'],
      poNumbers: ['4500012345'],
      ibans: ['NL91ABNA0417164300'],
      instalments: [{ count: 3, amountCents: null, period: null, text: 'in 3 termijnen' }],
    });
  });

  it('returns empty lists for a message without entities', () => {
    expect(extractEntities('Bedankt, komt goed!', {})).toEqual({
      amounts: [],
      dates: [],
      invoiceNumbers: [],
      poNumbers: [],
      ibans: [],
      instalments: [],
    });
  });

  it('does not read a signature name such as "Jan" as 1 January', () => {
    const entities = extractEntities('Ik betaal vrijdag.\n\nGroeten,\nJan', {
      receivedAt: new Date('2025-11-19T09:00:00Z'),
      language: 'nl',
    });
    expect(entities.dates).toEqual([{ date: '2025-11-21', text: 'vrijdag' }]);
  });
});
