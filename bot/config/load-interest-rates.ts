import { AppError } from '../../domain/errors/app-error.ts';
import { parseStatutoryInterestRates } from '../../domain/law/parse-statutory-interest-rates.ts';
import { STATUTORY_INTEREST_TABLE } from '../../domain/law/statutory-interest-rates.ts';
import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';
import { readSettingsJson } from './read-settings-json.ts';

/**
 * The statutory interest table: the built-in periods (domain/law/statutory-interest-rates.json)
 * followed by the company's own later periods from COLLECTIONS_RATES_FILE, in the same format.
 * A file that cannot be read, is not JSON or breaks a rule (a gap, an overlap, a rate that is not
 * a decimal string) is refused at start with the file, where and what is wrong.
 */
export function loadInterestRates(file: string | undefined): StatutoryInterestTable {
  if (!file) return STATUTORY_INTEREST_TABLE;
  const json = readSettingsJson({
    setting: 'COLLECTIONS_RATES_FILE',
    file,
    fix: 'Point it at a JSON file in the format of domain/law/statutory-interest-rates.json, or unset it for the built-in rates.',
    syntaxCode: 'CONFIG_INVALID',
  });
  try {
    return parseStatutoryInterestRates({ data: json, origin: file, continues: STATUTORY_INTEREST_TABLE });
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('CONFIG_INVALID', `COLLECTIONS_RATES_FILE ${error.message}`, { cause: error });
    throw error;
  }
}
