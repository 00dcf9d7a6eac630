import { type LedgerConnectionLookup, type LedgerGrant, sealContext } from './ledger-connection.ts';
import { openLedgerToken } from './open-ledger-token.ts';

/** A connection with its tokens opened, for the adapter that calls the package. */
export interface OpenLedgerConnection {
  readonly administration: string;
  readonly status: 'connected' | 'revoked';
  readonly revokedReason: string | null;
  readonly grant: LedgerGrant;
}

/** The connection of `source` with its tokens opened with LEDGER_TOKEN_KEY; null when never connected. */
export async function loadLedgerConnection({
  prisma,
  key,
  source,
}: LedgerConnectionLookup): Promise<OpenLedgerConnection | null> {
  const row = await prisma.ledgerConnection.findUnique({ where: { source } });
  if (!row) return null;
  return {
    administration: row.administration,
    status: row.status === 'revoked' ? 'revoked' : 'connected',
    revokedReason: row.revokedReason,
    grant: {
      accessToken: openLedgerToken({ key, sealed: row.accessToken, context: sealContext(source, 'access') }),
      refreshToken:
        row.refreshToken === null
          ? null
          : openLedgerToken({ key, sealed: row.refreshToken, context: sealContext(source, 'refresh') }),
      expiresAt: row.expiresAt,
    },
  };
}
