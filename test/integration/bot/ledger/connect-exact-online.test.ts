import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExactOnlineSource } from '../../../../bot/ledger/create-exact-online-source.ts';
import { readLedgerSettings } from '../../../../bot/ledger/read-ledger-settings.ts';
import type { DatabaseTarget } from '../../../../prisma/database-target.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { findFreePort } from '../../../support/find-free-port.ts';
import { runCliProcess } from '../../../support/run-cli.ts';
import { type ServeChild, spawnServe } from '../../../support/spawn-serve.ts';
import { type FakeExactOnline, startExactOnlineServer } from '../../../support/start-exact-online-server.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

// `collections connect exact-online` prints the sign-in link; the browser signs in at (loopback)
// Exact Online, which sends it back to the real `collections serve`'s callback; serve exchanges
// the code, asks the division and stores the connection with its tokens sealed.
describe('connecting Exact Online through serve', () => {
  let exact: FakeExactOnline;
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let serve: ServeChild | null = null;

  beforeAll(async () => {
    exact = await startExactOnlineServer();
    ({ target, env, drop } = await createTestTarget());
    // PostgreSQL is migrated as a deploy step (`collections db migrate`); the embedded one by itself.
    await (await openDatabase({ target, migrate: true })).close();
    const port = await findFreePort();
    env = {
      ...env,
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      LEDGER_TOKEN_KEY: randomBytes(32).toString('base64'),
      EXACT_ONLINE_CLIENT_ID: exact.clientId,
      EXACT_ONLINE_CLIENT_SECRET: exact.clientSecret,
      EXACT_ONLINE_BASE_URL: exact.url,
      IMAP_HOST: '',
      SMTP_HOST: '',
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      PAYMENT_LINK_SECRET: '',
    };
  }, 60_000);

  afterAll(async () => {
    if (serve && serve.child.exitCode === null) {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
    await exact?.close();
    await drop?.();
  });

  it('prints the sign-in link, completes in serve, and keeps the tokens sealed', async () => {
    serve = spawnServe(env);
    await serve.waitFor(/listening on http:\/\//);
    expect(serve.output()).toContain(
      `ledger: Exact Online sign-in returns to ${env.PUBLIC_BASE_URL}/ledger/callback/exact-online`,
    );

    const connect = await runCliProcess(['connect', 'exact-online'], { env });
    expect(connect.stderr).toBe('');
    expect(connect.code).toBe(0);
    const link = /^ {2}(http\S+)$/m.exec(connect.stdout)?.[1];
    expect(link).toBeDefined();
    const signIn = new URL(link!);
    expect(`${signIn.origin}${signIn.pathname}`).toBe(`${exact.url}/api/oauth2/auth`);
    expect(signIn.searchParams.get('redirect_uri')).toBe(
      `${env.PUBLIC_BASE_URL}/ledger/callback/exact-online`,
    );
    expect(signIn.searchParams.get('response_type')).toBe('code');

    // The browser: Exact Online's sign-in redirects to serve's callback with a code and the state.
    const atExact = await fetch(link!, { redirect: 'manual' });
    expect(atExact.status).toBe(302);
    const callback = atExact.headers.get('location')!;
    const done = await fetch(callback);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(`Division ${exact.division} is connected`);

    // The same callback again (a reload, a replayed link) connects nothing.
    const again = await fetch(callback);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('unknown, already used or older than 15 minutes');

    // Cancelled at Exact Online, or a state we never handed out: refused, nothing stored.
    const denied = await fetch(
      `${env.PUBLIC_BASE_URL}/ledger/callback/exact-online?error=access_denied&state=x`,
    );
    expect(denied.status).toBe(400);
    expect(await denied.text()).toContain('Exact Online did not grant access (access_denied)');
    const forged = await fetch(
      `${env.PUBLIC_BASE_URL}/ledger/callback/exact-online?code=${exact.issueCode()}&state=forged`,
    );
    expect(forged.status).toBe(400);
    expect(exact.requests.filter((r) => r.line === 'POST /api/oauth2/token authorization_code')).toHaveLength(
      1,
    );

    const status = await runCliProcess(['connect', '--status'], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(
      new RegExp(`^exact-online: administration ${exact.division}, connected since `, 'm'),
    );

    serve.child.kill('SIGTERM');
    await serve.exited;

    const tokens = [...exact.issuedAccessTokens(), exact.currentRefreshToken()];
    expect(tokens).toHaveLength(2);
    for (const token of tokens) {
      expect(serve.output()).not.toContain(token);
      expect(connect.stdout + status.stdout).not.toContain(token);
    }
    await withDatabase(target, async (db) => {
      const raw = JSON.stringify(await db.sql.$queryRawUnsafe(`SELECT * FROM ledger_connection`));
      for (const token of tokens) expect(raw).not.toContain(token);
      expect(raw).toContain(`"administration":"${exact.division}"`);

      // What was stored is what the adapter syncs with.
      exact.accounts.push({
        ID: 'a1',
        Code: '  42',
        Name: 'Klant',
        Status: 'C',
        IsSales: true,
        Timestamp: 5,
      });
      const source = await createExactOnlineSource({ db, settings: readLedgerSettings(env) });
      const pages = [];
      for await (const page of source.readChanges({ cursor: null })) pages.push(page);
      expect(pages.flatMap((page) => page.debtors.map((debtor) => debtor.reference))).toEqual(['42']);
    });
  }, 120_000);

  it('refuses to start serve with a malformed LEDGER_TOKEN_KEY, saying how to make one', async () => {
    const bad = await runCliProcess(['serve'], { env: { ...env, PORT: '0', LEDGER_TOKEN_KEY: 'not-a-key' } });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(
      /LEDGER_TOKEN_KEY: expected 32 random bytes in base64.*openssl rand -base64 32/,
    );
    expect(bad.stderr).not.toContain('not-a-key');
  }, 60_000);
});
