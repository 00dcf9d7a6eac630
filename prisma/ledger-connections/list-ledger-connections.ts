import type { PrismaClient } from '../generated/client.ts';
import type { LedgerConnectionSource, LedgerConnectionStatus } from './ledger-connection.ts';

/** Every connection without its secrets (the sealed columns are not even read). */
export async function listLedgerConnections({
  prisma,
}: {
  prisma: PrismaClient;
}): Promise<LedgerConnectionStatus[]> {
  const rows = await prisma.ledgerConnection.findMany({
    orderBy: { source: 'asc' },
    select: {
      source: true,
      administration: true,
      status: true,
      expiresAt: true,
      connectedAt: true,
      revokedAt: true,
      revokedReason: true,
      financeToldAt: true,
      webhookId: true,
    },
  });
  return rows.map((row) => ({
    ...row,
    source: row.source as LedgerConnectionSource,
    status: row.status === 'revoked' ? 'revoked' : 'connected',
  }));
}
