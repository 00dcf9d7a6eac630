import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../../prisma/sql/sql-client.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// Every column type the hot path selects, with the arguments it sends.
const SELECT_TYPES = `SELECT $1::text AS text, $2::uuid AS uuid, $3::int AS int, $4::bigint AS big,
    $5::double precision AS float, $6::boolean AS flag, $7::jsonb AS doc, $8::timestamptz AS at,
    $9::text[] AS texts, array_length($10::uuid[], 1) AS id_count, to_char($8::timestamptz, 'YYYY-MM-DD') AS day,
    $11::date AS date, NULL::text AS nothing, 'open'::"InvoiceStatus"::text AS status`;
const ARGS = [
  'Factuur “2026-0042” — €1.250,00',
  '3f2c9a4e-1b7d-4c5e-9a0b-2d3e4f5a6b7c',
  42,
  '9007199254740993',
  0.875,
  true,
  JSON.stringify({ nested: { list: [1, 'twee', null] }, quote: '"' }),
  new Date('2026-11-23T14:05:06.789Z'),
  ['a', 'b,c', 'd"e'],
  ['3f2c9a4e-1b7d-4c5e-9a0b-2d3e4f5a6b7c'],
  '2026-02-28',
];

describe('the direct SQL client', () => {
  it('returns what Prisma returns for the same query and arguments', async () => {
    const viaPrisma = await db.prisma.$queryRawUnsafe(SELECT_TYPES, ...ARGS);
    const direct = await db.sql.$queryRawUnsafe(SELECT_TYPES, ...ARGS);
    expect(direct).toEqual(viaPrisma);
    expect((direct as { doc: unknown }[])[0]!.doc).toEqual({
      nested: { list: [1, 'twee', null] },
      quote: '"',
    });
  });

  it('commits a transaction, and rolls it back entirely when the work throws', async () => {
    await db.sql.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`INSERT INTO debtor (id, reference, name, kind, language, updated_at)
        VALUES (gen_random_uuid(), 'DIRECT-1', 'Kept B.V.', 'company', 'nl', now())`);
    });
    await expect(
      db.sql.$transaction(async (tx) => {
        await tx.$queryRawUnsafe(`INSERT INTO debtor (id, reference, name, kind, language, updated_at)
          VALUES (gen_random_uuid(), 'DIRECT-2', 'Lost B.V.', 'company', 'nl', now())`);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const rows = await db.prisma.debtor.findMany({ where: { reference: { startsWith: 'DIRECT-' } } });
    expect(rows.map((row) => row.reference)).toEqual(['DIRECT-1']);
  });

  it('rolls back when a statement fails, and the database takes the next transaction', async () => {
    await expect(
      db.sql.$transaction(async (tx) => {
        await tx.$queryRawUnsafe(`INSERT INTO debtor (id, reference, name, kind, language, updated_at)
          VALUES (gen_random_uuid(), 'DIRECT-3', 'Half B.V.', 'company', 'nl', now())`);
        await tx.$queryRawUnsafe('SELECT 1/0');
      }),
    ).rejects.toThrow(/division by zero/);
    const count = await db.sql.$transaction(async (tx) =>
      tx.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM debtor WHERE reference = 'DIRECT-3'`,
      ),
    );
    expect(count).toEqual([{ n: 0 }]);
  });

  it('throws when COMMIT itself fails, through either client, and gives the connection back each time', async () => {
    // A deferred unique constraint is only checked at COMMIT. More failed commits per client than
    // a PostgreSQL pool has connections (10; each client has its own pool): a connection kept
    // after one would stall the last ones.
    await db.sql.$queryRawUnsafe(
      'CREATE TABLE direct_deferred (k int, CONSTRAINT direct_deferred_k UNIQUE (k) DEFERRABLE INITIALLY DEFERRED)',
    );
    const clients: SqlClient[] = [db.sql, db.prisma];
    const failCommits = async () => {
      for (let round = 0; round < 24; round += 1) {
        const client = clients[round % clients.length]!;
        await expect(
          client.$transaction(async (tx) => {
            await tx.$queryRawUnsafe('INSERT INTO direct_deferred (k) VALUES (1), (1)');
          }),
          // PGlite's adapter passes PostgreSQL's message on; PostgreSQL's names the kind of error.
        ).rejects.toThrow(/direct_deferred_k|UniqueConstraintViolation|Unique constraint failed/);
      }
      return db.sql.$transaction(async (tx) =>
        tx.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM direct_deferred'),
      );
    };
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error('stalled: a failed COMMIT kept its connection out of the pool')),
        10_000,
      );
    });
    const rows = await Promise.race([failCommits(), stalled]).finally(() => clearTimeout(timer));
    expect(rows).toEqual([{ n: 0 }]);
  }, 20_000);

  it('names the column when a selected type is not converted', async () => {
    await expect(db.sql.$queryRawUnsafe('SELECT 1.5::numeric AS amount')).rejects.toThrow(/column "amount"/);
  });
});
