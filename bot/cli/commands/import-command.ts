import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { AppError } from '../../../domain/errors/app-error.ts';
import { importLedger } from '../../../prisma/ledger/import-ledger.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { parseExportAsOf } from '../../ledger/parse-export-as-of.ts';
import { readLedgerCsv } from '../../ledger/read-ledger-csv.ts';
import type { CommandHandler } from '../command.ts';

const USAGE =
  'collections import <file.csv> [--as-of DAY|MOMENT] [--progress]   (columns: see README, "Importing your ledger")';
const PROGRESS_FROM_ROWS = 1000;

/**
 * `collections import <file.csv>`: debtors and invoices, all or nothing; where the ledger and
 * payments recorded in the app disagree, the report says which figure was kept (--as-of decides). A progress bar shows on a
 * terminal for large files (or always with --progress).
 */
export const importCommand: CommandHandler = async ({ args, io, env }) => {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { progress: { type: 'boolean' }; 'as-of': { type: 'string' } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { progress: { type: 'boolean' }, 'as-of': { type: 'string' } },
      allowPositionals: true,
    });
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${USAGE}`, { cause });
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    throw new AppError('INPUT_INVALID', `Give exactly one CSV file. Usage: ${USAGE}`);
  let text: string | undefined = readText(file);
  const asOf = parsed.values['as-of'] === undefined ? null : parseExportAsOf(parsed.values['as-of']);
  const config = loadConfig(env);
  const rows = readLedgerCsv(text, file, config.policy);
  // Only the validated rows are kept while they are written, not the file's text as well.
  text = undefined;
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  const stream = io.stderr as NodeJS.WriteStream;
  const showBar = parsed.values.progress || (rows.length >= PROGRESS_FROM_ROWS && stream.isTTY === true);
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          stream,
          format: 'importing [{bar}] {percentage}% | {value}/{total} invoices',
          noTTYOutput: true,
          notTTYSchedule: 500,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    bar?.start(rows.length, 0);
    const result = await importLedger({
      prisma: db.prisma,
      rows,
      asOf,
      onProgress: (done) => bar?.update(done),
    });
    bar?.stop();
    io.stdout.write(
      `Imported ${rows.length} invoice rows from ${file}: ${result.debtorsCreated} debtors created, ${result.debtorsUpdated} updated; ${result.invoicesCreated} invoices created, ${result.invoicesUpdated} updated (${result.invoicesReopened} paid ones reopened); ${result.contactsCreated} contacts added${result.ladderStatesSet > 0 ? `; the ladder continues from the ledger's dunning_step for ${result.ladderStatesSet} invoice(s)` : ''}.\n`,
    );
    if (result.notes.length > 0) {
      io.stdout.write(
        `${result.notes.length} invoice(s) where the ledger and payments recorded in the app disagree:\n${result.notes.map((note) => `  ${note}\n`).join('')}`,
      );
    }
    return 0;
  } finally {
    bar?.stop();
    await db.close();
  }
};

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError(
      'INPUT_INVALID',
      `Cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? cause}.`,
      { cause },
    );
  }
}
