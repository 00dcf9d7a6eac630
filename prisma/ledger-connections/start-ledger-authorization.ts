import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/client.ts';
import type { LedgerConnectionSource } from './ledger-connection.ts';

/**
 * Starts an OAuth sign-in for `source`: a random `state` for the sign-in URL, stored as its
 * SHA-256 with an expiry, so only a callback carrying it (once, in time) completes a connection.
 */
export async function startLedgerAuthorization({
  prisma,
  source,
  now,
  ttlMs = 15 * 60_000,
}: {
  prisma: PrismaClient;
  source: LedgerConnectionSource;
  now: Date;
  ttlMs?: number;
}): Promise<{ state: string; expiresAt: Date }> {
  const state = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await prisma.ledgerAuthorization.create({
    data: { stateHash: hashState(state), source, createdAt: now, expiresAt },
  });
  return { state, expiresAt };
}

export function hashState(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}
