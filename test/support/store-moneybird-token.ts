import { saveLedgerConnection } from '../../prisma/ledger-connections/save-ledger-connection.ts';
import type { Database } from '../../prisma/open-database.ts';

/** `collections connect moneybird` as the database keeps it: this token, sealed, for the loopback administration. */
export function storeMoneybirdToken({
  db,
  key,
  administration,
  token,
}: {
  db: Pick<Database, 'prisma'>;
  key: Buffer;
  administration: string;
  token: string;
}): Promise<void> {
  return saveLedgerConnection({
    prisma: db.prisma,
    key,
    source: 'moneybird',
    administration,
    grant: { accessToken: token, refreshToken: null, expiresAt: null },
    now: new Date(),
  });
}
