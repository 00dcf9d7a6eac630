import type { LedgerHealth } from '../../domain/ledger/ledger-health.ts';
import type { PrismaClient } from '../generated/client.ts';
import { listLedgerConnections } from './list-ledger-connections.ts';

/** Every ledger source with a connection or a sync state, by name: what the health page shows. */
export async function loadLedgerHealth({ prisma }: { prisma: PrismaClient }): Promise<LedgerHealth[]> {
  const connections = await listLedgerConnections({ prisma });
  const states = await prisma.ledgerSyncState.findMany({
    select: { source: true, lastSuccessAt: true, failingSince: true, lastError: true },
  });
  const sources = [...new Set([...connections.map((c) => c.source), ...states.map((s) => s.source)])].sort();
  return sources.map((source) => {
    const connection = connections.find((c) => c.source === source);
    const state = states.find((s) => s.source === source);
    return {
      source,
      connection: connection
        ? {
            administration: connection.administration,
            status: connection.status,
            revokedAt: connection.revokedAt,
            revokedReason: connection.revokedReason,
          }
        : null,
      lastSuccessAt: state?.lastSuccessAt ?? null,
      failingSince: state?.failingSince ?? null,
      lastError: state?.failingSince ? (state.lastError ?? null) : null,
    };
  });
}
