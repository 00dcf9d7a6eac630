import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../../../prisma/adapter-factory.ts';
import { applyMigrations, MIGRATIONS_DIR } from '../../../prisma/apply-migrations.ts';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { createTestTarget } from '../../support/test-database.ts';

const run = promisify(execFile);
const target = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

describe(`migrations on ${target}`, () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;

  beforeAll(async () => {
    database = await createTestTarget();
  });
  afterAll(async () => {
    await database.drop();
  });

  async function migrate(dbTarget: DatabaseTarget) {
    const adapter = await createAdapterFactory(dbTarget).connect();
    try {
      return await applyMigrations({ adapter });
    } finally {
      await adapter.dispose();
    }
  }

  it('applies every migration once, then nothing', async () => {
    const first = await migrate(database.target);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.applied[0]).toBe('20261123000000_init');
    const second = await migrate(database.target);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);
  });

  it('fails clearly on a migration whose statement fails, records nothing of it, and applies it once fixed', async () => {
    await migrate(database.target);
    const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, '29991231000000_broken');
      mkdirSync(broken);
      writeFileSync(
        path.join(broken, 'migration.sql'),
        'CREATE TABLE "broken_probe" ("n" INTEGER);\nINSERT INTO "broken_probe" ("n") VALUES (\'nope\');\n',
      );
      const adapter = await createAdapterFactory(database.target).connect();
      try {
        await expect(applyMigrations({ adapter, migrationsDir: dir })).rejects.toThrow(
          /Migration 29991231000000_broken failed and was rolled back.*nope/su,
        );
        const recorded = await adapter.queryRaw({
          sql: `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE "migration_name" = '29991231000000_broken'`,
          args: [],
          argTypes: [],
        });
        expect(recorded.rows[0]?.[0]).toBe(0);
        const table = await adapter.queryRaw({
          sql: `SELECT to_regclass('broken_probe')::text AS t`,
          args: [],
          argTypes: [],
        });
        expect(table.rows[0]?.[0]).toBeNull();
        writeFileSync(
          path.join(broken, 'migration.sql'),
          'CREATE TABLE "broken_probe" ("n" INTEGER);\nINSERT INTO "broken_probe" ("n") VALUES (1);\n',
        );
        expect((await applyMigrations({ adapter, migrationsDir: dir })).applied).toEqual([
          '29991231000000_broken',
        ]);
        await adapter.executeRaw({ sql: 'DROP TABLE "broken_probe"', args: [], argTypes: [] });
        await adapter.executeRaw({
          sql: `DELETE FROM "_prisma_migrations" WHERE "migration_name" = '29991231000000_broken'`,
          args: [],
          argTypes: [],
        });
      } finally {
        await adapter.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the database in a state Prisma’s own migrate status calls up to date', async () => {
    const { stdout } = await run('npx', ['prisma', 'migrate', 'status'], {
      env: { ...process.env, ...database.env },
      timeout: 60_000,
    });
    expect(stdout).toContain('Database schema is up to date!');
  });

  it('refuses to touch the audit trail', async () => {
    const adapter = await createAdapterFactory(database.target).connect();
    try {
      await adapter.executeRaw({
        sql: `INSERT INTO "audit_event" ("actor", "type", "entity_type", "entity_id", "data") VALUES ('test', 'test.event', 'test', '1', '{}')`,
        args: [],
        argTypes: [],
      });
      await expect(
        adapter.executeRaw({
          sql: `UPDATE "audit_event" SET "actor" = 'someone else'`,
          args: [],
          argTypes: [],
        }),
      ).rejects.toThrow(/append-only/);
      await expect(
        adapter.executeRaw({ sql: 'DELETE FROM "audit_event"', args: [], argTypes: [] }),
      ).rejects.toThrow(/append-only/);
    } finally {
      await adapter.dispose();
    }
  });
});
