import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { runCliInProcess } from '../../support/run-cli-in-process.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

describe('collections staff add|remove|list (real database)', () => {
  let env: Record<string, string>;
  let target: DatabaseTarget;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await createTestTarget());
    // PostgreSQL starts empty (the embedded database migrates itself when a command opens it).
    await (await openDatabase({ target, migrate: true })).close();
  });
  afterAll(async () => drop?.());

  async function staff(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const { code, stdout, stderr } = await runCliInProcess(['staff', ...args], { ...process.env, ...env });
    return { code, out: stdout, err: stderr };
  }

  it('adds, updates, lists and removes staff, with an audit event each time', async () => {
    expect(
      (await staff('add', '--email', 'Anna@Example.nl', '--name', 'Anna de Vries', '--role', 'finance,admin'))
        .out,
    ).toBe('added anna@example.nl (Anna de Vries): finance, admin\n');
    expect((await staff('add', '--email', 'bob@example.nl', '--name', 'Bob', '--role', 'sales')).code).toBe(
      0,
    );
    expect(
      (
        await staff(
          'add',
          '--email',
          'bob@example.nl',
          '--name',
          'Bob B.',
          '--role',
          'sales',
          '--role',
          'finance',
        )
      ).out,
    ).toBe('updated bob@example.nl (Bob B.): sales, finance\n');
    const listed = JSON.parse((await staff('list', '--json')).out) as { email: string; roles: string[] }[];
    expect(listed.map((s) => [s.email, s.roles])).toEqual([
      ['anna@example.nl', ['finance', 'admin']],
      ['bob@example.nl', ['sales', 'finance']],
    ]);
    expect((await staff('remove', '--email', 'bob@example.nl')).out).toBe(
      'removed bob@example.nl; 0 session(s) ended\n',
    );
    expect((await staff('list')).out).not.toContain('bob@example.nl');
    expect((await staff('list', '--all')).out).toMatch(/bob@example\.nl\s+Bob B\.\s+sales,finance\s+no/);
    const audit = await withDatabase(target, (db) =>
      db.prisma.auditEvent.findMany({ where: { entityType: 'staff' }, orderBy: { id: 'asc' } }),
    );
    expect(audit.map((event) => [event.type, event.actor])).toEqual([
      ['staff.added', 'cli'],
      ['staff.added', 'cli'],
      ['staff.updated', 'cli'],
      ['staff.removed', 'cli'],
    ]);
  });

  it('refuses what it cannot do, saying how', async () => {
    const bad = await staff('add', '--email', 'x@example.nl', '--name', 'X', '--role', 'boss');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('a role is one of finance, sales, admin');
    const noEmail = await staff('add', '--email', 'not-an-address', '--name', 'X', '--role', 'sales');
    expect(noEmail.code).toBe(2);
    expect(noEmail.err).toContain('give --email as an e-mail address');
    const unknown = await staff('remove', '--email', 'nobody@example.nl');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No staff with e-mail nobody@example.nl');
    expect((await staff('fire')).code).toBe(2);
  });
});
