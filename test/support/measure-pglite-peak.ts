/**
 * A child process for create-pglite.test.ts: opens the PGlite data directory PGLITE_DATA_DIR (made
 * before) with createPGlite as a command does, runs QUERIES statements that Postgres must parse
 * each time (enough for V8 to find its parser hot), closes it, and prints "peak <MB>": this
 * process's peak resident memory (VmHWM, of this process alone: it starts again at exec).
 */

import { readFileSync } from 'node:fs';
import { createPGlite } from '../../prisma/create-pglite.ts';

const queries = Number(process.env.QUERIES ?? '300');
const db = await createPGlite(process.env.PGLITE_DATA_DIR!, { purpose: 'command' });
try {
  for (let i = 0; i < queries; i += 1) {
    await db.query(
      `SELECT c.relname, count(a.attname) AS columns, ${i} AS round
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.relkind = 'r' AND a.attnum > 0 GROUP BY c.relname ORDER BY columns DESC LIMIT 3`,
    );
  }
} finally {
  await db.close();
}
const kb = Number(/VmHWM:\s+(\d+)/u.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
console.log(`peak ${Math.round(kb / 1024)}`);
