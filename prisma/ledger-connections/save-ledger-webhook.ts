import { AppError } from '../../domain/errors/app-error.ts';
import type { PrismaClient } from '../generated/client.ts';
import { type LedgerConnectionSource, sealContext } from './ledger-connection.ts';
import { sealLedgerToken } from './seal-ledger-token.ts';

/**
 * Keeps the webhook a package registered for this connection: its id, and its token sealed
 * like the access token (the token proves a push comes from the package). Refused when the
 * package is not connected: a webhook belongs to a connection.
 */
export async function saveLedgerWebhook({
  prisma,
  key,
  source,
  webhookId,
  token,
  now,
}: {
  prisma: Pick<PrismaClient, 'ledgerConnection'>;
  key: Buffer;
  source: LedgerConnectionSource;
  webhookId: string;
  token: string;
  now: Date;
}): Promise<void> {
  const { count } = await prisma.ledgerConnection.updateMany({
    where: { source },
    data: {
      webhookId,
      webhookToken: sealLedgerToken({ key, token, context: sealContext(source, 'webhook') }),
      updatedAt: now,
    },
  });
  if (count === 0) {
    throw new AppError('NOT_FOUND', `${source} is not connected: connect it before registering its webhook.`);
  }
}
