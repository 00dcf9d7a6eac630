import type { LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface LedgerSyncState {
  readonly cursor: string | null;
  readonly lastRunAt: Date | null;
  readonly lastSuccessAt: Date | null;
  readonly failingSince: Date | null;
  readonly lastError: string | null;
}

/** Where a source's sync stands; a source never synced starts from nothing. */
export async function loadLedgerSyncState({
  prisma,
  source,
}: {
  prisma: PrismaClient;
  source: LedgerSourceName;
}): Promise<LedgerSyncState> {
  const row = await prisma.ledgerSyncState.findUnique({ where: { source } });
  return {
    cursor: row?.cursor ?? null,
    lastRunAt: row?.lastRunAt ?? null,
    lastSuccessAt: row?.lastSuccessAt ?? null,
    failingSince: row?.failingSince ?? null,
    lastError: row?.lastError ?? null,
  };
}
