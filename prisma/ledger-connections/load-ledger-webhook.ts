import { type LedgerConnectionLookup, sealContext } from './ledger-connection.ts';
import { openLedgerToken } from './open-ledger-token.ts';

/** The webhook a connection registered, its token opened; null when none (or no connection). */
export async function loadLedgerWebhook({
  prisma,
  key,
  source,
}: LedgerConnectionLookup): Promise<{ administration: string; webhookId: string; token: string } | null> {
  const row = await prisma.ledgerConnection.findUnique({
    where: { source },
    select: { administration: true, webhookId: true, webhookToken: true },
  });
  if (!row?.webhookId || !row.webhookToken) return null;
  return {
    administration: row.administration,
    webhookId: row.webhookId,
    token: openLedgerToken({ key, sealed: row.webhookToken, context: sealContext(source, 'webhook') }),
  };
}
