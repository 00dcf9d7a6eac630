import { describeError } from '../../domain/errors/describe-error.ts';
import type { LedgerSource } from '../../domain/ledger/ledger-source.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { Service } from '../server/service.ts';
import { describeLedgerSync } from './describe-ledger-sync.ts';
import { LedgerSyncFailed, syncLedger } from './sync-ledger.ts';

/** serve's ledger sync, plus a way to ask for a round soon (a webhook said the books changed). */
export interface LedgerSyncService extends Service {
  /**
   * A round `debounceMs` from now. Asks that come before it runs are one round; an ask while a
   * round runs is one more round after it. So a burst of pushes is one or two syncs.
   */
  requestSync(): void;
}

/**
 * `serve`'s ledger sync: a round every `intervalMs` (the first one a few seconds after start;
 * null: only when asked), rounds never overlapping, and `requestSync` for a round soon. A round
 * that fails is logged each time and told to finance once, when the sync starts failing
 * (finishLedgerSync keeps when it did); the next round simply tries again, from the cursor of the
 * last page written. The sync stays the one writer: a webhook only moves the next round closer.
 */
export function createLedgerSyncService({
  db,
  source,
  intervalMs,
  log,
  tellFinance,
  firstRoundMs = 5_000,
  debounceMs = 2_000,
}: {
  db: Database;
  source: LedgerSource;
  intervalMs: number | null;
  log: (line: string) => void;
  /** Once per failing stretch: what went wrong and what to do (an AppError's message). */
  tellFinance: (input: { source: string; message: string; since: Date }) => Promise<void>;
  firstRoundMs?: number;
  debounceMs?: number;
}): LedgerSyncService {
  let stopped = true;
  let timer: NodeJS.Timeout | null = null;
  let due = Number.POSITIVE_INFINITY;
  let running: Promise<void> | null = null;
  let askedWhileRunning = false;

  const schedule = (ms: number | null) => {
    if (stopped || ms === null) return;
    const at = Date.now() + ms;
    if (timer && due <= at) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(tick, ms);
  };
  const tick = () => {
    timer = null;
    due = Number.POSITIVE_INFINITY;
    running = round()
      .catch((error: unknown) => log(`ledger sync: ${describeError(error)}`))
      .finally(() => {
        running = null;
        if (askedWhileRunning) {
          askedWhileRunning = false;
          schedule(debounceMs);
        }
        schedule(intervalMs);
      });
  };
  const round = async () => {
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
  };

  return {
    name: 'ledger sync',
    async start() {
      stopped = false;
      schedule(intervalMs === null ? null : firstRoundMs);
    },
    requestSync() {
      if (stopped) return;
      if (running) askedWhileRunning = true;
      else schedule(debounceMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
