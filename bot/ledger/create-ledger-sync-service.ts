import type { LedgerSource } from '../../domain/ledger/ledger-source.ts';
import type { Database } from '../../prisma/open-database.ts';
import { createWorkerLoop } from '../notices/create-worker-loop.ts';
import type { Service } from '../server/service.ts';
import { describeLedgerSync } from './describe-ledger-sync.ts';
import { LedgerSyncFailed, syncLedger } from './sync-ledger.ts';

/**
 * `serve`'s scheduled ledger sync: a round every `intervalMs` (the first one a few seconds after
 * start), rounds never overlapping (createWorkerLoop). A round that fails is logged each time and
 * told to finance once, when the sync starts failing (finishLedgerSync keeps when it did); the
 * next round simply tries again, from the cursor of the last page written.
 */
export function createLedgerSyncService({
  db,
  source,
  intervalMs,
  log,
  tellFinance,
  firstRoundMs = 5_000,
}: {
  db: Database;
  source: LedgerSource;
  intervalMs: number;
  log: (line: string) => void;
  /** Once per failing stretch: what went wrong and what to do (an AppError's message). */
  tellFinance: (input: { source: string; message: string; since: Date }) => Promise<void>;
  firstRoundMs?: number;
}): Service {
  return createWorkerLoop({
    name: 'ledger sync',
    intervalMs,
    firstRoundMs,
    log,
    round: async () => {
      try {
        const result = await syncLedger({ prisma: db.prisma, source });
        if (result.pages > 0)
          log(`ledger sync: ${describeLedgerSync(result).trimEnd().replace(/\n\s*/g, '; ')}`);
      } catch (error) {
        if (!(error instanceof LedgerSyncFailed)) throw error;
        const message = error.cause instanceof Error ? error.cause.message : String(error.cause);
        log(`ledger sync: ${source.name} failed after ${error.result.pages} page(s): ${message}`);
        if (error.startedFailing) await tellFinance({ source: source.name, message, since: new Date() });
      }
    },
  });
}
