import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBankStatementFile } from '../../channels/bank/parse-bank-statement-file.ts';
import type { BankStatement } from '../../domain/bank/bank-statement.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { Database } from '../../prisma/open-database.ts';
import { type BankImportResult, importBankStatements } from '../../prisma/payments/import-bank-statements.ts';

export interface BankFileImport extends BankImportResult {
  readonly file: string;
}

/**
 * `collections import-bank FILE...`: every file is read and parsed before anything is written,
 * so one bad file imports nothing at all; then each file is imported in its own transaction.
 */
export async function importBankFiles({
  prisma,
  files,
  financeChannel = null,
  now = new Date(),
}: {
  prisma: Database['prisma'];
  files: readonly string[];
  /** Slack's finance channel, where a reversed transfer is told; null without Slack. */
  financeChannel?: string | null;
  now?: Date;
}): Promise<BankFileImport[]> {
  const parsed: { file: string; statements: BankStatement[] }[] = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new AppError(
        'INPUT_INVALID',
        `Cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? cause}. Nothing was imported.`,
        { cause },
      );
    }
    return { file, statements: parseBankStatementFile({ text, source: file }) };
  });
  const results: BankFileImport[] = [];
  // Loaded once for all the files (see importBankStatements): a day's statements of several
  // accounts, or a month of them, are matched against one view of the open invoices.
  const openInvoices = { index: null };
  for (const { file, statements } of parsed) {
    const result = await importBankStatements({
      prisma,
      statements,
      sourceFile: path.basename(file),
      openInvoices,
      financeChannel,
      now,
    });
    results.push({ file, ...result });
  }
  return results;
}
