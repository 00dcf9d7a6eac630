import type { LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import type { Prisma } from '../generated/client.ts';

/** The page's cursor, in the transaction that wrote the page (after fenceLedgerSync). */
export async function saveLedgerSyncCursor({
  tx,
  source,
  to,
  now,
}: {
  tx: Prisma.TransactionClient;
  source: LedgerSourceName;
  to: string;
  now: Date;
}): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO ledger_sync_state (source, cursor, last_run_at, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (source) DO UPDATE SET cursor = EXCLUDED.cursor, last_run_at = EXCLUDED.last_run_at, updated_at = now()`,
    source,
    to,
    now,
  );
}
