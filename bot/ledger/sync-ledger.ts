import type { LedgerSource } from '../../domain/ledger/ledger-source.ts';
import { fenceLedgerSync } from '../../prisma/ledger/fence-ledger-sync.ts';
import { finishLedgerSync } from '../../prisma/ledger/finish-ledger-sync.ts';
import { loadLedgerSyncState } from '../../prisma/ledger/load-ledger-sync-state.ts';
import { saveLedgerSyncCursor } from '../../prisma/ledger/save-ledger-sync-cursor.ts';
import {
  type LedgerPageChanges,
  NO_LEDGER_CHANGES,
  writeLedgerPage,
} from '../../prisma/ledger/write-ledger-page.ts';
import type { Database } from '../../prisma/open-database.ts';

export interface LedgerSyncResult extends LedgerPageChanges {
  readonly source: LedgerSource['name'];
  /** Pages written by this run. */
  readonly pages: number;
  /** Started from the beginning (`--full`, or never synced before). */
  readonly full: boolean;
}

export class LedgerSyncFailed extends Error {
  constructor(
    readonly result: LedgerSyncResult,
    readonly startedFailing: boolean,
    options: { cause: unknown },
  ) {
    super(`the ${result.source} sync stopped after ${result.pages} page(s)`, options);
    this.name = 'LedgerSyncFailed';
  }
}

/**
 * Reads what changed in an accounting package since the last sync and writes it page by page:
 * each page and its cursor in ONE transaction, so a sync that stops (the process dies, the
 * package fails) leaves whole pages and resumes after the last one written. Writing a page twice
 * changes nothing (writeLedgerPage), so `full` (start from the beginning) is always safe.
 * Returns what changed; a failure is recorded on the source's state and thrown as
 * LedgerSyncFailed, carrying what the pages before it changed and whether finance is to be told
 * (the first failure after a success).
 */
export async function syncLedger({
  prisma,
  source,
  full = false,
  now = () => new Date(),
  onPage = () => undefined,
  signal,
}: {
  prisma: Database['prisma'];
  source: LedgerSource;
  full?: boolean;
  now?: () => Date;
  /** After each page is committed (`--progress`). */
  onPage?: (result: LedgerSyncResult) => void;
  signal?: AbortSignal;
}): Promise<LedgerSyncResult> {
  const state = await loadLedgerSyncState({ prisma, source: source.name });
  const cursor = full ? null : state.cursor;
  const total: LedgerPageChanges = { ...NO_LEDGER_CHANGES, notes: [] };
  let pages = 0;
  const result = (): LedgerSyncResult => ({ source: source.name, pages, full: cursor === null, ...total });
  let fence = state.cursor;
  try {
    for await (const page of source.readChanges({ cursor, ...(signal ? { signal } : {}) })) {
      const at = now();
      const changes = await prisma.$transaction(
        async (tx) => {
          await fenceLedgerSync({ tx, source: source.name, from: fence });
          const written = await writeLedgerPage({ tx, source: source.name, page, now: at });
          await saveLedgerSyncCursor({ tx, source: source.name, to: page.cursor, now: at });
          return written;
        },
        { timeout: 5 * 60_000, maxWait: 60_000 },
      );
      fence = page.cursor;
      pages += 1;
      for (const [key, value] of Object.entries(changes) as [keyof LedgerPageChanges, unknown][]) {
        if (key === 'notes') total.notes.push(...changes.notes);
        else (total[key] as number) += value as number;
      }
      onPage(result());
    }
  } catch (error) {
    const { startedFailing } = await finishLedgerSync({
      prisma,
      source: source.name,
      now: now(),
      outcome: { ok: false, error: error instanceof Error ? error.message : String(error) },
    });
    throw new LedgerSyncFailed(result(), startedFailing, { cause: error });
  }
  const done = result();
  const { notes, ...counts } = done;
  await finishLedgerSync({
    prisma,
    source: source.name,
    now: now(),
    outcome: { ok: true, counts: { ...counts, notes: notes.slice(0, 50) } },
  });
  return done;
}
