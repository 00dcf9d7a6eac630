import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';

/**
 * Postgres's buffer cache for a command that opens the data directory itself. The data
 * directory's postgresql.conf says 128MB; in PGlite those buffers live in the WebAssembly
 * memory, whose pages stay resident once touched and which never shrinks: a report at 100,000
 * invoices peaked at 354 MB with them and 227 MB with 16MB, the import's WebAssembly memory grew
 * by ~60 MB beyond its initial 128 MB with them and not at all with 16MB, at the same CPU time. A
 * command reads its data about once, so a small cache costs little: a page it evicts is written
 * to the data directory's file (the operating system caches it) and read back from there.
 * Durability is unchanged: fsync and the rest stay as PGlite sets them.
 */
const COMMAND_SHARED_BUFFERS = '16MB';

/** A function index no module has: with it as the filter, no function compiled meanwhile tiers up. */
const NO_FUNCTION = 2_147_483_647;

let opening = 0;

/**
 * Opens PGlite on `dataDir` (a directory or `memory://`) as this application does, for a command
 * (a small buffer cache, see COMMAND_SHARED_BUFFERS) or for serve (the data directory's own
 * settings: it holds the database for every other process and for hours).
 *
 * On Node 24, V8 compiles WebAssembly functions that run hot a second time with its optimizing
 * compiler. One of PGlite's functions is Postgres's SQL parser (raw_parser, 105 KB of code):
 * compiling it took 1.1 s and ~600 MB of compiler memory, the bulk of every command's peak (a
 * report at 100,000 invoices peaked at 800-900 MB, of which the ledger is a few tens). So the
 * functions compiled while PGlite starts, the parser among them, are compiled without that
 * second tier: `--wasm-tier-up-filter` is read when V8's baseline compiler (Liftoff) compiles a
 * function, on its first call, and decides for good whether that code may tier up. It is set to
 * no function for the start and back to every function (-1, V8's default) after, so the
 * functions first called by the command's own queries still tier up. `node --liftoff-only` would
 * do it for every function, but only as a flag at node's start, and it slowed the import down.
 * The filter is one of V8's own flags, not an API: should a later V8 drop it, V8 prints
 * "unrecognized flag" and runs on as before, and test/integration/prisma/create-pglite.test.ts
 * (a parsing process under 450 MB) fails.
 */
export async function createPGlite(
  dataDir: string,
  { purpose }: { purpose: 'command' | 'serve' },
): Promise<PGlite> {
  const startParams =
    purpose === 'command'
      ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${COMMAND_SHARED_BUFFERS}`]
      : PGlite.defaultStartParams;
  if (opening === 0) setFlagsFromString(`--wasm-tier-up-filter=${NO_FUNCTION}`);
  opening += 1;
  try {
    return await PGlite.create(dataDir, { startParams });
  } finally {
    opening -= 1;
    if (opening === 0) setFlagsFromString('--wasm-tier-up-filter=-1');
  }
}
