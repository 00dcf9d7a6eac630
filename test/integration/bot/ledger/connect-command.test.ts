import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedgerToken } from '../../../../bot/ledger/load-ledger-token.ts';
import { readLedgerSettings } from '../../../../bot/ledger/read-ledger-settings.ts';
import { reportRefusedToken } from '../../../../bot/ledger/report-refused-token.ts';
import type { DatabaseTarget } from '../../../../prisma/database-target.ts';
import { revokeLedgerConnection } from '../../../../prisma/ledger-connections/revoke-ledger-connection.ts';
import { saveLedgerConnection } from '../../../../prisma/ledger-connections/save-ledger-connection.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { runCliProcess } from '../../../support/run-cli.ts';
import { runCliInProcess } from '../../../support/run-cli-in-process.ts';
import { createTestDatabase, createTestTarget, withDatabase } from '../../../support/test-database.ts';

const TOKEN = 'mb-personal-token-3f9c2a7e1b';

describe('collections connect (Moneybird and --status)', () => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, env, drop } = await createTestTarget());
    // PostgreSQL is migrated as a deploy step (`collections db migrate`); the embedded one by itself.
    await (await openDatabase({ target, migrate: true })).close();
    env = {
      ...env,
      LEDGER_TOKEN_KEY: randomBytes(32).toString('base64'),
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
    };
  }, 60_000);
  afterAll(async () => drop?.());

  it('stores a Moneybird token read from stdin, sealed, and lists the connection without it', async () => {
    const connect = await runCliProcess(
      ['connect', 'moneybird', '--token', '-', '--administration', '123456789'],
      {
        env,
        input: `${TOKEN}\n`,
      },
    );
    expect(connect.stderr).toBe('');
    expect(connect.stdout).toBe(
      'Moneybird administration 123456789 connected; its token is stored encrypted.\n',
    );

    const status = await runCliInProcess(['connect', '--status'], { ...process.env, ...env });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^moneybird: administration 123456789, connected since \S+\n$/);
    const json = await runCliInProcess(['connect', '--status', '--json'], { ...process.env, ...env });
    expect(JSON.parse(json.stdout)).toEqual([
      expect.objectContaining({
        source: 'moneybird',
        administration: '123456789',
        status: 'connected',
        expiresAt: null,
      }),
    ]);
    expect(status.stdout + json.stdout).not.toContain(TOKEN);

    await withDatabase(target, async (db) => {
      expect(JSON.stringify(await db.sql.$queryRawUnsafe(`SELECT * FROM ledger_connection`))).not.toContain(
        TOKEN,
      );
      expect(await loadLedgerToken({ db, settings: readLedgerSettings(env), source: 'moneybird' })).toEqual({
        administration: '123456789',
        token: TOKEN,
      });
    });
  }, 60_000);

  it('--webhook: refused for Exact Online, and without PUBLIC_BASE_URL says what to set', async () => {
    const exact = await runCliInProcess(['connect', 'exact-online', '--webhook'], { ...process.env, ...env });
    expect(exact.code).toBe(2);
    expect(exact.stderr).toContain('Only Moneybird pushes changes to a webhook');
    const noUrl = await runCliInProcess(['connect', 'moneybird', '--webhook'], {
      ...process.env,
      ...env,
      PUBLIC_BASE_URL: '',
    });
    expect(noUrl.code).toBe(3);
    expect(noUrl.stderr).toContain(
      'PUBLIC_BASE_URL is not set: Moneybird pushes to <PUBLIC_BASE_URL>/ledger/webhook/moneybird',
    );
  });

  it('shows a revoked connection with how to reconnect, and exits 1', async () => {
    await withDatabase(target, (db) =>
      revokeLedgerConnection({
        prisma: db.prisma,
        source: 'moneybird',
        reason: 'the token was removed in Moneybird',
        now: new Date(),
        notice: { channel: null, text: 'told' },
      }),
    );
    const status = await runCliInProcess(['connect', '--status'], { ...process.env, ...env });
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('moneybird: administration 123456789, revoked since');
    expect(status.stdout).toContain(
      'To reconnect, make a new API token in Moneybird and run `collections connect moneybird',
    );
    expect(status.stdout).toContain('finance told: not in Slack (no Slack set up); serve logged it');
    await withDatabase(target, async (db) => {
      await expect(
        loadLedgerToken({ db, settings: readLedgerSettings(env), source: 'moneybird' }),
      ).rejects.toThrow(/Moneybird no longer accepts our connection/);
    });
  }, 60_000);

  it.each([
    [['connect'], 2, /Name one package to connect, or ask for --status/],
    [['connect', 'twinfield'], 2, /"twinfield" is not a package this can connect/],
    [['connect', 'moneybird', '--token', TOKEN], 2, /Moneybird needs --token .* and --administration/],
    [['connect', 'moneybird', '--token', 'a b', '--administration', '1'], 2, /not a Moneybird API token/],
    [
      ['connect', 'exact-online'],
      3,
      /Exact Online is not set up: register an app in Exact Online's App Center/,
    ],
  ])(
    'refuses %j',
    async (argv, code, message) => {
      const result = await runCliInProcess(argv, { ...process.env, ...env });
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.replaceAll(`--token ${TOKEN}`, '')).not.toContain(TOKEN);
    },
    30_000,
  );
});

describe('a refused Moneybird token', () => {
  it('revokes the connection and tells finance once, however often it is refused', async () => {
    const db = await createTestDatabase();
    try {
      const key = randomBytes(32);
      const settings = { tokenKey: key, exactOnline: null, financeChannel: 'C0FINANCE', publicBaseUrl: null };
      await saveLedgerConnection({
        prisma: db.prisma,
        key,
        source: 'moneybird',
        administration: '42',
        grant: { accessToken: TOKEN, refreshToken: null, expiresAt: null },
        now: new Date(),
      });
      const logged: string[] = [];
      const errors = [];
      for (let i = 0; i < 3; i += 1) {
        errors.push(
          await reportRefusedToken({
            db,
            settings,
            source: 'moneybird',
            administration: '42',
            reason: 'Moneybird answered 401',
            log: (line) => logged.push(line),
          }),
        );
      }
      expect(errors.map((e) => e.code)).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED']);
      expect(errors[0]?.message).toMatch(/Moneybird no longer accepts our connection \(administration 42\)/);
      expect(logged).toHaveLength(1);
      const slack = await db.sql.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM slack_outbox WHERE idempotency_key LIKE 'ledger-revoked:moneybird:%'`,
      );
      expect(slack[0]?.n).toBe(1);
    } finally {
      await db.close();
    }
  }, 60_000);
});
