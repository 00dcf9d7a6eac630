import { describe, expect, it } from 'vitest';
import type { ExactAccount } from '../../../../../channels/ledger/exact-online/exact-online-rows.ts';
import { mapExactAccount } from '../../../../../channels/ledger/exact-online/map-exact-account.ts';
import { parseExactDate } from '../../../../../channels/ledger/exact-online/parse-exact-date.ts';

const base: ExactAccount = {
  ID: 'x',
  Code: '                42',
  Name: ' Klant B.V. ',
  Timestamp: '1',
  Status: 'C',
  IsSales: true,
};

describe('mapExactAccount', () => {
  it('trims the padded code into the reference and defaults what Exact leaves out', () => {
    expect(mapExactAccount(base)).toEqual({
      reference: '42',
      name: 'Klant B.V.',
      kind: 'company',
      language: 'nl',
      contacts: [],
      address: null,
    });
  });

  it.each([
    ['EN', 'en'],
    ['DE', 'de'],
    ['FR', 'fr'],
    ['ES', 'nl'],
    [null, 'nl'],
  ])('language %j is %j', (language, expected) => {
    expect(mapExactAccount({ ...base, Language: language })?.language).toBe(expected);
  });

  it('leaves out accounts without a code and supplier-only accounts', () => {
    expect(mapExactAccount({ ...base, Code: '   ' })).toBeNull();
    expect(mapExactAccount({ ...base, IsSales: false, Status: 'A' })).toBeNull();
    expect(mapExactAccount({ ...base, IsSales: false, Status: 'C' })?.reference).toBe('42');
  });

  it('takes the address only with a street and a city', () => {
    expect(
      mapExactAccount({ ...base, AddressLine1: 'Kade 1', City: 'Gent', Postcode: '9000', Country: 'be' })
        ?.address,
    ).toEqual({
      street: 'Kade 1',
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    });
    expect(mapExactAccount({ ...base, AddressLine1: 'Kade 1' })?.address).toBeNull();
  });
});

describe('parseExactDate', () => {
  it.each([
    ['/Date(1774915200000)/', '2026-03-31'],
    ['/Date(1774915200000+0100)/', '2026-03-31'],
    ['2026-03-31T00:00:00', '2026-03-31'],
    ['', null],
    [null, null],
    ['31-03-2026', null],
  ])('%j is %j', (value, day) => {
    expect(parseExactDate(value)).toBe(day);
  });
});
