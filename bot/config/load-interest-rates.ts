import { readFileSync } from 'node:fs';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseStatutoryInterestRates } from '../../domain/law/parse-statutory-interest-rates.ts';
import { STATUTORY_INTEREST_TABLE } from '../../domain/law/statutory-interest-rates.ts';
import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';

/**
 * The statutory interest table: the built-in periods (domain/law/statutory-interest-rates.json)
 * followed by the company's own later periods from COLLECTIONS_RATES_FILE, in the same format.
 * A file that cannot be read, is not JSON or breaks a rule (a gap, an overlap, a rate that is not
 * a decimal string) is refused at start with the file, where and what is wrong.
 */
export function loadInterestRates(file: string | undefined): StatutoryInterestTable {
  if (!file) return STATUTORY_INTEREST_TABLE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `COLLECTIONS_RATES_FILE: cannot read "${file}" (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}). Point it at a JSON file in the format of domain/law/statutory-interest-rates.json, or unset it for the built-in rates.`,
      { cause },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `COLLECTIONS_RATES_FILE "${file}"${lineOf(text, cause as Error)} is not valid JSON: ${(cause as Error).message}.`,
      { cause },
    );
  }
  try {
    return parseStatutoryInterestRates({ data: json, origin: file, continues: STATUTORY_INTEREST_TABLE });
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('CONFIG_INVALID', `COLLECTIONS_RATES_FILE ${error.message}`, { cause: error });
    throw error;
  }
}

/** V8 names the character position of a JSON syntax error; a person looks for a line. */
function lineOf(text: string, error: Error): string {
  const position = /position (\d+)/u.exec(error.message)?.[1];
  if (position === undefined) return '';
  return `, line ${text.slice(0, Number(position)).split('\n').length},`;
}
