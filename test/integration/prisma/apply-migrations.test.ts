import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../../../prisma/adapter-factory.ts';
import { applyMigrations } from '../../../prisma/apply-migrations.ts';
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
