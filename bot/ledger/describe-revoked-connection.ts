import type { LedgerConnectionSource } from '../../prisma/ledger-connections/ledger-connection.ts';

const NAMES: Record<LedgerConnectionSource, string> = {
  'exact-online': 'Exact Online',
  moneybird: 'Moneybird',
};

/** What finance reads when a package refused the grant: what stopped, why it matters, how to reconnect. */
export function describeRevokedConnection({
  source,
  administration,
  reason,
}: {
  source: LedgerConnectionSource;
  administration: string;
  reason: string;
}): string {
  const how =
    source === 'exact-online'
      ? 'run `collections connect exact-online` and open the sign-in link it prints, as an Exact Online user of this division'
      : 'make a new API token in Moneybird and run `collections connect moneybird --token TOKEN --administration ID`';
  return `${NAMES[source]} no longer accepts our connection (administration ${administration}): ${reason}. Until it is reconnected the books are not synced, so a debtor who paid there may still be reminded. To reconnect, ${how}.`;
}
