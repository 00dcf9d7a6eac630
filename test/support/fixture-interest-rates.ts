import { parseStatutoryInterestRates } from '../../domain/law/parse-statutory-interest-rates.ts';
import { STATUTORY_INTEREST_TABLE } from '../../domain/law/statutory-interest-rates.ts';
import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';

/**
 * The built-in rates followed by made-up periods through 2027, as a company's COLLECTIONS_RATES_FILE
 * would add them, so tests dated after the built-in table can compute interest. Not published
 * rates: the commercial 10.15% and consumer 4% simply continue.
 */
export const FIXTURE_INTEREST_TABLE: StatutoryInterestTable = parseStatutoryInterestRates({
  data: {
    periods: ['commercial', 'consumer'].flatMap((kind) =>
      [
        ['2026-07-01', '2026-12-31'],
        ['2027-01-01', '2027-06-30'],
        ['2027-07-01', '2027-12-31'],
      ].map(([from, through]) => ({
        kind,
        from,
        through,
        rate: kind === 'commercial' ? '10.15' : '4',
        source: 'test fixture: made-up continuation, not a published rate',
      })),
    ),
  },
  origin: 'test/support/fixture-interest-rates.ts',
  continues: STATUTORY_INTEREST_TABLE,
});
