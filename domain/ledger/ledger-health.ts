/**
 * Where one ledger source stands, for the console's health page: its connection (a package's
 * grant; none for the CSV import) and its sync. A revoked grant and a failing sync are what finance
 * is told of in Slack; the health page shows them without Slack.
 */
export interface LedgerHealth {
  readonly source: string;
  /** null: no connection kept for this source (the CSV import, or a sync state without one). */
  readonly connection: {
    readonly administration: string;
    readonly status: 'connected' | 'revoked';
    readonly revokedAt: Date | null;
    readonly revokedReason: string | null;
  } | null;
  readonly lastSuccessAt: Date | null;
  /** Since when the sync fails; null while it works (or never ran). */
  readonly failingSince: Date | null;
  readonly lastError: string | null;
}
