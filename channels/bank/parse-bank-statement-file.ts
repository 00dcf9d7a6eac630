import type { BankStatement } from '../../domain/bank/bank-statement.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseCamt053 } from './parse-camt053.ts';
import { parseMt940 } from './parse-mt940.ts';

/**
 * A statement file's text, whichever format the bank exported: XML is read as CAMT.053, a
 * SWIFT text with a ":20:" tag as MT940. Anything else is an error that says which formats work.
 */
export function parseBankStatementFile({ text, source }: { text: string; source: string }): BankStatement[] {
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (body.startsWith('<')) return parseCamt053({ xml: body, source });
  if (/^(\{1:|:20:)/mu.test(body)) return parseMt940({ text: body, source });
  throw new AppError(
    'IMPORT_INVALID',
    `${source} is neither a CAMT.053 (XML) nor an MT940 bank statement. Export your statement from the bank as CAMT.053 or MT940 and import that file.`,
  );
}
