import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerConnectionSource } from '../../prisma/ledger-connections/ledger-connection.ts';
import { revokeLedgerConnection } from '../../prisma/ledger-connections/revoke-ledger-connection.ts';
import type { Database } from '../../prisma/open-database.ts';
import { describeRevokedConnection } from './describe-revoked-connection.ts';
import type { LedgerSettings } from './read-ledger-settings.ts';

/**
 * For an adapter whose package refused its stored token outright (Moneybird answering 401 to a
 * personal API token that was removed): marks the connection revoked, tells finance once (Slack
 * when set up, and the log), and returns the UNAUTHORIZED to throw, which says how to reconnect.
 * Exact Online's refusals come through its refresh (rotate-ledger-token.ts) instead.
 */
export async function reportRefusedToken({
  db,
  settings,
  source,
  administration,
  reason,
  log = () => {},
  now = new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  settings: LedgerSettings;
  source: LedgerConnectionSource;
  administration: string;
  reason: string;
  log?: (line: string) => void;
  now?: Date;
}): Promise<AppError> {
  const text = describeRevokedConnection({ source, administration, reason });
  const toldNow = await db.prisma.$transaction((tx) =>
    revokeLedgerConnection({
      prisma: tx,
      source,
      reason,
      now,
      notice: { channel: settings.financeChannel, text },
    }),
  );
  if (toldNow) log(`ledger: ${text}${settings.financeChannel ? ' (finance told in Slack)' : ''}`);
  return new AppError('UNAUTHORIZED', text);
}
