import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import type { Prisma } from '../generated/client.ts';

/**
 * First thing in a page's transaction: an advisory lock per source, then the cursor must still be
 * where this sync left it. When another sync of the same source (serve's schedule and a `sync
 * ledger` at once) moved it meanwhile, this page is not written and this sync stops; the other
 * carries on. Taken before the page is written, so two syncs never insert the same new debtor
 * or invoice at once.
 */
export async function fenceLedgerSync({
  tx,
  source,
  from,
}: {
  tx: Prisma.TransactionClient;
  source: LedgerSourceName;
  from: string | null;
}): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('ledger-sync:' || $1))::text`, source);
  const [state] = await tx.$queryRawUnsafe<{ cursor: string | null }[]>(
    `SELECT cursor FROM ledger_sync_state WHERE source = $1`,
    source,
  );
  if ((state?.cursor ?? null) !== from) {
    throw new AppError(
      'CONFLICT',
      `Another sync of ${source} moved on while this one ran; this page was not written. That sync carries on from there.`,
    );
  }
}
