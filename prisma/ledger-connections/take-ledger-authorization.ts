import type { PrismaClient } from '../generated/client.ts';
import type { LedgerConnectionSource } from './ledger-connection.ts';
import { hashState } from './start-ledger-authorization.ts';

/**
 * Uses up the sign-in that `state` belongs to: true once, for a state of `source` that has not
 * expired or been used; false for anything else (unknown, expired, used, another package's).
 */
export async function takeLedgerAuthorization({
  prisma,
  source,
  state,
  now,
}: {
  prisma: PrismaClient;
  source: LedgerConnectionSource;
  state: string;
  now: Date;
}): Promise<boolean> {
  const taken = await prisma.ledgerAuthorization.updateMany({
    where: { stateHash: hashState(state), source, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return taken.count === 1;
}
