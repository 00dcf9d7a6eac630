import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import type { Prisma } from '../generated/client.ts';

/**
 * Moves a source's cursor from `from` to `to`, inside the transaction that wrote the page, under
 * an advisory lock per source. The cursor is the fence: when another sync of the same source
 * moved it since this one started (serve's schedule and a `sync ledger` at once), nothing of this
 * page is kept and this sync stops; the other one carries on.
 */
export async function saveLedgerSyncCursor({
  tx,
  source,
  from,
  to,
  now,
}: {
  tx: Prisma.TransactionClient;
  source: LedgerSourceName;
  from: string | null;
  to: string;
  now: Date;
}): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('ledger-sync:' || $1))::text`, source);
  const [state] = await tx.$queryRawUnsafe<{ cursor: string | null }[]>(
    `SELECT cursor FROM ledger_sync_state WHERE source = $1 FOR UPDATE`,
    source,
  );
  if ((state?.cursor ?? null) !== from) {
    throw new AppError(
      'CONFLICT',
      `Another sync of ${source} moved on while this one ran; this page was not written. Its own run carries on from there.`,
    );
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO ledger_sync_state (source, cursor, last_run_at, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (source) DO UPDATE SET cursor = EXCLUDED.cursor, last_run_at = EXCLUDED.last_run_at, updated_at = now()`,
    source,
    to,
    now,
  );
}
