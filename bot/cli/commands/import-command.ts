import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import cliProgress from 'cli-progress';
import { AppError } from '../../../domain/errors/app-error.ts';
import { importLedger, type LedgerImportResult } from '../../../prisma/ledger/import-ledger.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { decodeLedgerText } from '../../ledger/decode-ledger-text.ts';
import { parseExportAsOf } from '../../ledger/parse-export-as-of.ts';
import { readLedgerCsv } from '../../ledger/read-ledger-csv.ts';
import type { CommandHandler } from '../command.ts';

const USAGE =
  'collections import <file.csv> [--dry-run] [--as-of DAY|MOMENT] [--debtor-kind company|consumer] [--progress]   (columns: see README, "Importing your ledger")';
const PROGRESS_FROM_ROWS = 1000;

/**
 * `collections import <file.csv>`: debtors and invoices, all or nothing; where the ledger and
 * payments recorded in the app disagree, the report says which figure was kept (--as-of decides). A progress bar shows on a
 * terminal for large files (or always with --progress).
 */
export const importCommand: CommandHandler = async ({ args, io, env }) => {
  // Parsing a large file makes garbage quickly, and V8 let the heap grow to ~330 MB with ~50 MB
  // of it live: the import of 100,000 invoices peaked at 450-590 MB (Node 24), against 290-305 MB
  // in V8's memory-saving mode, for 30-80 % more CPU time (7.5-8.2 s against 9.5-14.4 s on a
  // loaded machine). Set for the parse alone: 449 MB. This command is its process, so the mode is
  // set for it here; it changes V8's decisions from now on.
  setFlagsFromString('--optimize-for-size');
  let parsed: ReturnType<
    typeof parseArgs<{
      options: {
        progress: { type: 'boolean' };
        'as-of': { type: 'string' };
        'dry-run': { type: 'boolean' };
        'debtor-kind': { type: 'string' };
      };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        progress: { type: 'boolean' },
        'as-of': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'debtor-kind': { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${USAGE}`, { cause });
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    throw new AppError('INPUT_INVALID', `Give exactly one CSV file. Usage: ${USAGE}`);
  const kind = parsed.values['debtor-kind'];
  if (kind !== undefined && kind !== 'company' && kind !== 'consumer') {
    throw new AppError(
      'INPUT_INVALID',
      `--debtor-kind is company or consumer, not "${kind}". Usage: ${USAGE}`,
    );
  }
  const dryRun = parsed.values['dry-run'] === true;
  let text: string | undefined = readText(file);
  const asOf = parsed.values['as-of'] === undefined ? null : parseExportAsOf(parsed.values['as-of']);
  const config = loadConfig(env);
  const rows = readLedgerCsv(text, file, { policy: config.policy, ...(kind ? { debtorKind: kind } : {}) });
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
      dryRun,
      onProgress: (done) => bar?.update(done),
    });
    bar?.stop();
    if (dryRun) {
      io.stdout.write(describeDryRun(file, rows.length, result));
      return 0;
    }
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

/** What `import --dry-run` would do, with a few examples of each kind of change. */
function describeDryRun(file: string, rows: number, result: LedgerImportResult): string {
  const lines = [
    `Dry run of ${file} (${rows} invoice rows): nothing was written.`,
    `Debtors: ${result.debtorsCreated} new, ${result.debtorsUpdated} changed, ${result.debtorsUnchanged} unchanged.`,
    `Invoices: ${result.invoicesCreated} new, ${result.invoicesUpdated} changed (${result.invoicesPaid} of them paid, ${result.invoicesReopened} reopened), ${result.invoicesUnchanged} unchanged.`,
    `Contacts: ${result.contactsCreated} new.`,
  ];
  const sample = (title: string, items: readonly string[], total: number) => {
    if (items.length === 0) return;
    lines.push(`${title}${total > items.length ? ` (first ${items.length} of ${total})` : ''}:`);
    for (const item of items) lines.push(`  ${item}`);
  };
  sample('New debtors', result.samples.debtorsCreated, result.debtorsCreated);
  sample('Changed debtors', result.samples.debtorsUpdated, result.debtorsUpdated);
  sample('New invoices', result.samples.invoicesCreated, result.invoicesCreated);
  sample('Changed invoices', result.samples.invoicesUpdated, result.invoicesUpdated);
  sample('Paid by this import (dunning would stop)', result.samples.invoicesPaid, result.invoicesPaid);
  sample('Where the ledger and payments recorded in the app disagree', result.notes, result.notes.length);
  lines.push(`Run the same command without --dry-run to import.`);
  return `${lines.join('\n')}\n`;
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new AppError(
      'INPUT_INVALID',
      `Cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? cause}.`,
      { cause },
    );
  }
  return decodeLedgerText(bytes).text;
}
