import type { PrismaClient } from '../generated/client.ts';
import { type LedgerConnectionSource, type LedgerGrant, sealContext } from './ledger-connection.ts';
import { openLedgerToken } from './open-ledger-token.ts';
import { type RevocationNotice, revokeLedgerConnection } from './revoke-ledger-connection.ts';
import { sealLedgerToken } from './seal-ledger-token.ts';

/** What the package answered a refresh: a new grant, or a refusal of the grant itself (invalid_grant). */
export type RefreshOutcome =
  | { readonly kind: 'granted'; readonly grant: LedgerGrant }
  | { readonly kind: 'refused'; readonly reason: string };

export type RotatedToken =
  | {
      readonly kind: 'token';
      readonly accessToken: string;
      readonly expiresAt: Date | null;
      readonly refreshed: boolean;
    }
  /** Refused now or earlier; `toldNow` is true for the one call that revoked it (and told finance). */
  | { readonly kind: 'revoked'; readonly reason: string; readonly toldNow: boolean }
  | { readonly kind: 'missing' };

/**
 * A usable access token for `source`, refreshed when it runs out within `marginMs` or when the
 * package just refused `rejected`. Exact Online hands out a new refresh token at every refresh and
 * the old one stops working, so the row is locked (FOR UPDATE) while the refresh is asked for and
 * the new tokens are written in that same transaction: two processes (or two pages) that need a
 * new token at once make one refresh, and the second rereads the token the first stored. A
 * refusal of the grant revokes the connection and tells finance, once (revoke-ledger-connection.ts).
 */
export async function rotateLedgerToken({
  prisma,
  key,
  source,
  rejected,
  now,
  marginMs = 30_000,
  refresh,
  notice,
}: {
  prisma: PrismaClient;
  key: Buffer;
  source: LedgerConnectionSource;
  /** The access token the package just refused (a 401); null: only refresh when it runs out. */
  rejected: string | null;
  now: () => Date;
  marginMs?: number;
  /** Asks the package for a new grant with this refresh token (null when the connection has none). */
  refresh: (refreshToken: string | null) => Promise<RefreshOutcome>;
  notice: (reason: string) => RevocationNotice;
}): Promise<RotatedToken> {
  return prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        {
          accessToken: string;
          refreshToken: string | null;
          expiresAt: Date | null;
          status: string;
          reason: string | null;
        }[]
      >`SELECT access_token AS "accessToken", refresh_token AS "refreshToken", expires_at AS "expiresAt",
               status, revoked_reason AS reason
          FROM ledger_connection WHERE source = ${source} FOR UPDATE`;
      if (!row) return { kind: 'missing' } as const;
      if (row.status === 'revoked')
        return { kind: 'revoked', reason: row.reason ?? 'revoked', toldNow: false } as const;
      const accessToken = openLedgerToken({
        key,
        sealed: row.accessToken,
        context: sealContext(source, 'access'),
      });
      const fresh = row.expiresAt === null || row.expiresAt.getTime() - now().getTime() > marginMs;
      if (fresh && accessToken !== rejected) {
        return { kind: 'token', accessToken, expiresAt: row.expiresAt, refreshed: false } as const;
      }
      const refreshToken =
        row.refreshToken === null
          ? null
          : openLedgerToken({ key, sealed: row.refreshToken, context: sealContext(source, 'refresh') });
      const outcome = await refresh(refreshToken);
      if (outcome.kind === 'refused') {
        const toldNow = await revokeLedgerConnection({
          prisma: tx,
          source,
          reason: outcome.reason,
          now: now(),
          notice: notice(outcome.reason),
        });
        return { kind: 'revoked', reason: outcome.reason, toldNow } as const;
      }
      const { grant } = outcome;
      await tx.ledgerConnection.update({
        where: { source },
        data: {
          accessToken: sealLedgerToken({
            key,
            token: grant.accessToken,
            context: sealContext(source, 'access'),
          }),
          refreshToken:
            grant.refreshToken === null
              ? row.refreshToken
              : sealLedgerToken({ key, token: grant.refreshToken, context: sealContext(source, 'refresh') }),
          expiresAt: grant.expiresAt,
          updatedAt: now(),
        },
      });
      return {
        kind: 'token',
        accessToken: grant.accessToken,
        expiresAt: grant.expiresAt,
        refreshed: true,
      } as const;
    },
    // The refresh is an HTTP call made while the row is locked: give it time, and a second caller time to wait.
    { timeout: 60_000, maxWait: 60_000 },
  );
}
