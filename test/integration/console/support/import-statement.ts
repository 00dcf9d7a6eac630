import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importBankFiles } from '../../../../bot/payments/import-bank-files.ts';
import type { Database } from '../../../../prisma/open-database.ts';
import { buildCamt053, type CamtEntrySpec } from '../../../support/build-camt053.ts';

/** Our account in the console's bank tests. */
export const OUR_ACCOUNT = 'NL91ABNA0417164300';

/** A CAMT.053 statement imported as `collections import-bank` does (importBankFiles), from a file of its own. */
export async function importStatement(
  db: Database,
  { statementId, entries }: { statementId: string; entries: readonly CamtEntrySpec[] },
): Promise<void> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'console-bank-')), `${statementId}.xml`);
  writeFileSync(file, buildCamt053({ account: OUR_ACCOUNT, statementId, entries }));
  await importBankFiles({ prisma: db.prisma, files: [file] });
}
