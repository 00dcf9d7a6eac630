import { parseStatutoryInterestRates } from './parse-statutory-interest-rates.ts';
import builtInRates from './statutory-interest-rates.json' with { type: 'json' };
import type { StatutoryInterestTable } from './statutory-interest-table.ts';

/** The built-in table (statutory-interest-rates.json). */
export const STATUTORY_INTEREST_TABLE: StatutoryInterestTable = parseStatutoryInterestRates({
  data: builtInRates,
  origin: 'domain/law/statutory-interest-rates.json',
});
