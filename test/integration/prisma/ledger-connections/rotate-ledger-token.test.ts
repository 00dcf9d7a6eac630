import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { loadLedgerConnection } from '../../../../prisma/ledger-connections/load-ledger-connection.ts';
import {
  type RefreshOutcome,
  rotateLedgerToken,
} from '../../../../prisma/ledger-connections/rotate-ledger-token.ts';
import { saveLedgerConnection } from '../../../../prisma/ledger-connections/save-ledger-connection.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

const ACCESS = 'at-7c1f0d-the-access-token-text';
const REFRESH = 'rt-9a2e44-the-refresh-token-text';

type RotateOptions = Parameters<typeof rotateLedgerToken>[0];

describe('ledger connection tokens', () => {
  let db: TestDatabase;
  const key = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(async () => db?.close());
  /** rotateLedgerToken on this test's Exact Online connection; a notice goes nowhere unless given. */
  const rotateExact = (
    options: Pick<RotateOptions, 'rejected' | 'now' | 'refresh'> & Partial<Pick<RotateOptions, 'notice'>>,
  ) =>
    rotateLedgerToken({
      prisma: db.prisma,
      key,
      source: 'exact-online',
      notice: (reason) => ({ channel: null, text: reason }),
      ...options,
    });

  beforeEach(async () => {
    await db.sql.$queryRawUnsafe(`DELETE FROM ledger_connection`);
    await saveLedgerConnection({
      prisma: db.prisma,
      key,
      source: 'exact-online',
      administration: '1234567',
      grant: { accessToken: ACCESS, refreshToken: REFRESH, expiresAt: new Date(Date.now() + 600_000) },
      now: new Date(),
    });
  });

  it('keeps no token text in the row, and opens only with the key it was sealed with', async () => {
    const rows = await db.sql.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ledger_connection`);
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(ACCESS);
    expect(raw).not.toContain(REFRESH);
    expect(raw).not.toContain(Buffer.from(ACCESS).toString('base64').slice(0, 12));
    expect(rows[0]?.access_token).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);

    const opened = await loadLedgerConnection({ prisma: db.prisma, key, source: 'exact-online' });
    expect(opened?.grant).toMatchObject({ accessToken: ACCESS, refreshToken: REFRESH });

    const wrong = await loadLedgerConnection({
      prisma: db.prisma,
      key: randomBytes(32),
      source: 'exact-online',
    }).catch((e: unknown) => e);
    expect((wrong as AppError).code).toBe('CONFIG_INVALID');
    expect((wrong as AppError).message).toMatch(/LEDGER_TOKEN_KEY does not open/);

    // A sealed value moved to another column (or row) does not open: the column is bound in.
    await db.sql.$queryRawUnsafe(`UPDATE ledger_connection SET refresh_token = access_token`);
    const moved = await loadLedgerConnection({ prisma: db.prisma, key, source: 'exact-online' }).catch(
      (e: unknown) => e,
    );
    expect(moved).toBeInstanceOf(AppError);
  });

  it('refreshes once when two callers find the token refused at the same time; the other rereads', async () => {
    let current = REFRESH;
    let refreshes = 0;
    const refresh = async (given: string | null): Promise<RefreshOutcome> => {
      // Like Exact Online: the refresh token works once; the next refresh needs the new one.
      if (given !== current) return { kind: 'refused', reason: 'invalid_grant' };
      refreshes += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = `rt-new-${refreshes}`;
      return {
        kind: 'granted',
        grant: {
          accessToken: `at-new-${refreshes}`,
          refreshToken: current,
          expiresAt: new Date(Date.now() + 600_000),
        },
      };
    };
    const rotate = () => rotateExact({ rejected: ACCESS, now: () => new Date(), refresh });
    const [a, b] = await Promise.all([rotate(), rotate()]);
    expect(refreshes).toBe(1);
    expect(a).toMatchObject({ kind: 'token', accessToken: 'at-new-1' });
    expect(b).toMatchObject({ kind: 'token', accessToken: 'at-new-1' });
    expect([a, b].map((r) => (r.kind === 'token' ? r.refreshed : null)).sort()).toEqual([false, true]);
    // The new refresh token was stored with the new access token: the next refresh works.
    const stored = await loadLedgerConnection({ prisma: db.prisma, key, source: 'exact-online' });
    expect(stored?.grant.refreshToken).toBe('rt-new-1');
    expect(stored?.status).toBe('connected');
  });

  it('leaves a good token alone and refreshes one that runs out within the margin', async () => {
    let refreshes = 0;
    const refresh = async (): Promise<RefreshOutcome> => {
      refreshes += 1;
      return {
        kind: 'granted',
        grant: {
          accessToken: 'at-later',
          refreshToken: 'rt-later',
          expiresAt: new Date(Date.now() + 600_000),
        },
      };
    };
    const ask = (now: Date) => rotateExact({ rejected: null, now: () => now, refresh });
    expect(await ask(new Date())).toMatchObject({ kind: 'token', accessToken: ACCESS, refreshed: false });
    expect(refreshes).toBe(0);
    expect(await ask(new Date(Date.now() + 590_000))).toMatchObject({
      kind: 'token',
      accessToken: 'at-later',
      refreshed: true,
    });
    expect(refreshes).toBe(1);
  });

  it('revokes once: the first refusal tells, the next finds it revoked', async () => {
    const ask = () =>
      rotateExact({
        rejected: ACCESS,
        now: () => new Date(),
        refresh: async () => ({ kind: 'refused', reason: 'invalid_grant' }),
        notice: (reason) => ({ channel: 'C0FINANCE', text: `finance: ${reason}` }),
      });
    const results = await Promise.all([ask(), ask()]);
    expect(results.map((r) => (r.kind === 'revoked' ? r.toldNow : null)).sort()).toEqual([false, true]);
    expect(await ask()).toMatchObject({ kind: 'revoked', toldNow: false });
  });
});
