import { parseArgs } from 'node:util';
import { AppError, asAppError } from '../../../domain/errors/app-error.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import {
  chooseLedgerSource,
  SYNCABLE_SOURCES,
  type SyncableSource,
} from '../../ledger/choose-ledger-source.ts';
import { describeLedgerSync } from '../../ledger/describe-ledger-sync.ts';
import { LedgerSyncFailed, syncLedger } from '../../ledger/sync-ledger.ts';
import type { CommandHandler } from '../command.ts';

const USAGE = `collections sync ledger [--source ${SYNCABLE_SOURCES.join('|')}] [--full] [--progress] [--json]`;

/**
 * `collections sync ledger`: reads what changed in the accounting package since the last sync
 * and writes it page by page (bot/ledger/sync-ledger.ts); `--full` reads everything again
 * (nothing is written twice). Prints what changed; a sync that stops prints what its pages
 * changed, then the error, and the next run resumes after the last page written.
 */
export const syncLedgerCommand: CommandHandler = async ({ args, io, env }) => {
  let values: { source?: string; full?: boolean; progress?: boolean; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        source: { type: 'string' },
        full: { type: 'boolean' },
        progress: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }));
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${USAGE}`, { cause });
  }
  if (values.source !== undefined && !SYNCABLE_SOURCES.includes(values.source as SyncableSource)) {
    throw new AppError('INPUT_INVALID', `Unknown source "${values.source}". Usage: ${USAGE}`);
  }
  const config = loadConfig(env);
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const source = await chooseLedgerSource({
      env,
      db,
      name: values.source as SyncableSource | undefined,
      log,
    });
    if (!source) {
      throw new AppError(
        'CONFIG_INVALID',
        'No accounting package is connected: run `collections connect exact-online` or `collections connect moneybird` (README, "Connecting the books"), or import a CSV export with `collections import`.',
      );
    }
    const result = await syncLedger({
      prisma: db.prisma,
      source,
      full: values.full === true,
      onPage: values.progress
        ? (sofar) =>
            io.stderr.write(
              `page ${sofar.pages}: ${sofar.invoicesCreated + sofar.invoicesUpdated} invoice(s) written, ${sofar.invoicesPaid} paid, ${sofar.paymentsBooked} payment(s) booked\n`,
            )
        : undefined,
    });
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : describeLedgerSync(result));
    return 0;
  } catch (error) {
    if (!(error instanceof LedgerSyncFailed)) throw error;
    io.stdout.write(
      values.json ? `${JSON.stringify(error.result, null, 2)}\n` : describeLedgerSync(error.result),
    );
    const cause = asAppError(error.cause, 'CHANNEL_UNAVAILABLE');
    throw new AppError(
      cause.code,
      `${cause.message}${error.result.pages > 0 ? ` (${error.result.pages} page(s) were written before it stopped; the next sync resumes after them)` : ''}`,
      { cause: error.cause },
    );
  } finally {
    await db.close();
  }
};
