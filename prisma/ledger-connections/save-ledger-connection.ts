import type { PrismaClient } from '../generated/client.ts';
import { type LedgerConnectionSource, type LedgerGrant, sealContext } from './ledger-connection.ts';
import { sealLedgerToken } from './seal-ledger-token.ts';

/**
 * Stores a fresh grant for `source` (a completed sign-in, a Moneybird token): the tokens sealed,
 * the connection `connected` again, a former revocation and its telling cleared.
 */
export async function saveLedgerConnection({
  prisma,
  key,
  source,
  administration,
  grant,
  now,
}: {
  prisma: PrismaClient;
  key: Buffer;
  source: LedgerConnectionSource;
  administration: string;
  grant: LedgerGrant;
  now: Date;
}): Promise<void> {
  const sealed = {
    administration,
    accessToken: sealLedgerToken({ key, token: grant.accessToken, context: sealContext(source, 'access') }),
    refreshToken:
      grant.refreshToken === null
        ? null
        : sealLedgerToken({ key, token: grant.refreshToken, context: sealContext(source, 'refresh') }),
    expiresAt: grant.expiresAt,
    status: 'connected',
    revokedAt: null,
    revokedReason: null,
    financeToldAt: null,
    connectedAt: now,
    updatedAt: now,
  };
  await prisma.ledgerConnection.upsert({ where: { source }, create: { source, ...sealed }, update: sealed });
}
