import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const R = '\uFFFD';
// What PostgreSQL refuses (NUL) or cannot encode (lone surrogates), next to what it must keep as is.
const HOSTILE = 'a\u0000b \uD800 c \uDFFF d \uD83D\uDE00 e \u202E f';
const STORED = `a${R}b ${R} c ${R} d \uD83D\uDE00 e \u202E f`;

/**
 * The storage edge (prisma/with-storable-text.ts), on PGlite and (with DATABASE_URL) PostgreSQL:
 * every way text reaches the database stores NUL and lone surrogates as U+FFFD instead of failing
 * the statement (which on main failed the chat turn and, unhandled, stopped `serve`).
 */
describe('text PostgreSQL cannot store', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('is stored as U+FFFD through Prisma: text and Json columns, in and outside a transaction', async () => {
    const debtor = await db.prisma.debtor.create({
      data: { reference: 'NUL-1', name: HOSTILE, kind: 'company', language: 'nl' },
    });
    expect(debtor.name).toBe(STORED);
    const event = await db.prisma.$transaction((tx) =>
      tx.auditEvent.create({
        data: {
          actor: 'test',
          type: 'test.hostile',
          entityType: 'debtor',
          entityId: debtor.id,
          data: { text: HOSTILE, [HOSTILE]: [HOSTILE] },
        },
      }),
    );
    expect(event.data).toEqual({ text: STORED, [STORED]: [STORED] });
    // A lookup by the same text finds what was stored.
    expect((await db.prisma.debtor.findFirst({ where: { name: HOSTILE } }))?.id).toBe(debtor.id);
  });

  it('is stored as U+FFFD through raw SQL: text parameters and JSON cast to jsonb', async () => {
    const [row] = await db.prisma.$queryRaw<{ text: string; doc: unknown }[]>`
      SELECT ${HOSTILE}::text AS text, ${JSON.stringify({ t: HOSTILE })}::jsonb AS doc`;
    expect(row).toEqual({ text: STORED, doc: { t: STORED } });
  });

  it('is stored as U+FFFD through the direct SQL client, as the bulk mail inserts send it', async () => {
    const rows = await db.sql.$queryRawUnsafe<{ subject: string }[]>(
      'SELECT subject FROM jsonb_to_recordset($1::jsonb) AS r(subject text)',
      JSON.stringify([{ subject: HOSTILE }, { subject: 'plain' }]),
    );
    expect(rows.map((row) => row.subject)).toEqual([STORED, 'plain']);
    const [echo] = await db.sql.$transaction((tx) =>
      tx.$queryRawUnsafe<{ t: string }[]>('SELECT $1::text AS t', HOSTILE),
    );
    expect(echo?.t).toBe(STORED);
  });

  it('leaves a literal backslash-u0000 in text alone', async () => {
    const [row] = await db.prisma.$queryRaw<{ t: string; doc: { t: string } }[]>`
      SELECT ${'\\u0000'}::text AS t, ${JSON.stringify({ t: '\\u0000' })}::jsonb AS doc`;
    expect(row).toEqual({ t: '\\u0000', doc: { t: '\\u0000' } });
  });
});
