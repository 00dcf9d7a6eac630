import type { PrismaClient } from '../generated/client.ts';

/** The packages a connection is kept for (the CSV import needs none). */
export type LedgerConnectionSource = 'exact-online' | 'moneybird';

/** Which connection to read, and the LEDGER_TOKEN_KEY its sealed tokens are opened with. */
export interface LedgerConnectionLookup {
  readonly prisma: Pick<PrismaClient, 'ledgerConnection'>;
  readonly key: Buffer;
  readonly source: LedgerConnectionSource;
}

/** What a package granted: an access token, and for OAuth its refresh token and expiry. */
export interface LedgerGrant {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  /** null: the token does not run out by itself (Moneybird's personal API token). */
  readonly expiresAt: Date | null;
}

/** A connection as `collections connect --status` shows it: everything but the secrets. */
export interface LedgerConnectionStatus {
  readonly source: LedgerConnectionSource;
  readonly administration: string;
  readonly status: 'connected' | 'revoked';
  readonly expiresAt: Date | null;
  readonly connectedAt: Date;
  readonly revokedAt: Date | null;
  readonly revokedReason: string | null;
  readonly financeToldAt: Date | null;
  /** The webhook the package pushes changes to (Moneybird, `connect moneybird --webhook`); null: none. */
  readonly webhookId: string | null;
}

/** The associated data each sealed column is bound to (prisma/ledger-connections/seal-ledger-token.ts). */
export function sealContext(source: LedgerConnectionSource, field: 'access' | 'refresh' | 'webhook'): string {
  return `${source}:${field}`;
}
