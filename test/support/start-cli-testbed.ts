import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../prisma/open-database.ts';
import { runCliInProcess } from './run-cli-in-process.ts';
import { createTestTarget, withDatabase } from './test-database.ts';

export interface CliTestbed {
  /** The real CLI command, in-process, against this testbed's database (with `env` added). */
  run(
    argv: readonly string[],
    env?: Record<string, string>,
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Writes `text` to `name` in the testbed's own directory; its path. */
  file(name: string, text: string): string;
  /** Opens the database for `work` (the embedded database admits one process at a time). */
  inDb<T>(work: (db: Database) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/**
 * A throwaway database (PGlite; PostgreSQL with DATABASE_URL) migrated by `collections db
 * migrate`, with `ledgerCsv` imported by `collections import` when given, and a directory of its
 * own for the files a test hands the command line. Throws, with what the command said, when
 * either command fails.
 */
export async function startCliTestbed({
  prefix,
  ledgerCsv,
}: {
  prefix: string;
  ledgerCsv?: string;
}): Promise<CliTestbed> {
  const target = await createTestTarget();
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const bed: CliTestbed = {
    run: (argv, env = {}) => runCliInProcess(argv, { ...target.env, ...env }),
    file: (name, text) => {
      const where = path.join(dir, name);
      writeFileSync(where, text);
      return where;
    },
    inDb: (work) => withDatabase(target.target, work),
    drop: () => target.drop(),
  };
  const steps: string[][] = [['db', 'migrate']];
  if (ledgerCsv !== undefined) steps.push(['import', bed.file('ledger.csv', ledgerCsv)]);
  for (const argv of steps) {
    const done = await bed.run(argv);
    if (done.code !== 0) throw new Error(`collections ${argv.join(' ')} exited ${done.code}: ${done.stderr}`);
  }
  return bed;
}
