import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { buildEml } from '../../support/build-eml.ts';
import { runDoveadm } from '../../support/run-doveadm.ts';
import { seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { type IdentityProvider, startIdentityProvider } from '../../support/start-identity-provider.ts';
import { type OAuthSmtpServer, startOAuthSmtpServer } from '../../support/start-oauth-smtp-server.ts';
import { type ServeProcess, startServeProcess } from '../../support/start-serve-process.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const MAILBOX = 'debiteuren@ourcompany.example';
const SERVICE_ACCOUNT = 'collections-mail@ourcompany-mail.iam.gserviceaccount.com';
const CLIENT_ID = '123456789012-abcdefghijklmnop.apps.googleusercontent.com';
const CLIENT_SECRET = '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';
const REFRESH_TOKEN = '1//0refresh-token-never-in-a-log-Xq7';

const until = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * Google Workspace without a password: a service account with domain-wide delegation (its JWT
 * signed with a key made here, checked by the loopback token endpoint for signature, subject and
 * scope), or a stored refresh token. Dovecot offers XOAUTH2 and OAUTHBEARER, as Gmail does.
 */
describe.skipIf(!findDovecot() && !process.env.CI)('Google Workspace mailbox over OAuth 2.0', () => {
  let idp: IdentityProvider;
  let dovecot: DovecotServer;
  let smtp: OAuthSmtpServer;
  let target: DatabaseTarget;
  let dbEnv: Record<string, string>;
  let drop: () => Promise<void>;
  let dir: string;
  let keyFile: string;
  let serve: ServeProcess | null = null;

  const deliver = (eml: string) => runDoveadm(dovecot, ['save', '-u', MAILBOX, '-m', 'INBOX'], eml);
  const unseen = async () =>
    (await runDoveadm(dovecot, ['search', '-u', MAILBOX, 'mailbox', 'INBOX', 'unseen'])).trim() === '';
  const serveEnv = (extra: Record<string, string>) => ({
    ...dbEnv,
    NODE_EXTRA_CA_CERTS: idp.caFile,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_SECURE: 'false',
    IMAP_USER: MAILBOX,
    IMAP_AUTH: 'oauth2',
    IMAP_POLL_SECONDS: '600',
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SMTP_USER: MAILBOX,
    SMTP_AUTH: 'oauth2',
    EMAIL_FROM: MAILBOX,
    EMAIL_REPLY_TOKEN_SECRET: 'oauth2-google-reply-token-secret-32-chars',
    EMAIL_PREPARE_THREADS: '1',
    OAUTH2_PROVIDER: 'google',
    ...extra,
  });
  const dispute = (from: string, invoice: string, id: string) =>
    buildEml({
      from,
      subject: `Factuur ${invoice}`,
      messageId: id,
      body: `Goedemiddag,\n\nFactuur ${invoice} klopt niet: de levering was onvolledig. Wij betalen niet voordat we een creditnota hebben ontvangen.\n\nMet vriendelijke groet`,
    });

  beforeAll(async () => {
    idp = await startIdentityProvider();
    dir = mkdtempSync(path.join(tmpdir(), 'collections-google-'));
    keyFile = path.join(dir, 'service-account.json');
    writeFileSync(keyFile, idp.addGoogleServiceAccount({ clientEmail: SERVICE_ACCOUNT, mailbox: MAILBOX }));
    idp.addGoogleRefreshToken({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      refreshToken: REFRESH_TOKEN,
      mailbox: MAILBOX,
    });
    dovecot = await startDovecot({ user: MAILBOX, oauth2: { introspectionUrl: idp.introspectionUrl } });
    smtp = await startOAuthSmtpServer(idp);
    ({ target, env: dbEnv, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    await seedEmailLedger(db);
    await db.close();
  });

  afterAll(async () => {
    await serve?.stop();
    await smtp?.stop();
    await dovecot?.stop();
    await idp?.stop();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a service account acting as the mailbox reads and answers (the key file names the token endpoint)', async () => {
    serve = startServeProcess(serveEnv({ GOOGLE_SERVICE_ACCOUNT_KEY_FILE: keyFile }));
    await serve.waitForLog(/started imap/, 60_000);
    await deliver(dispute('jan@bakkerij-jansen.nl', 'INV-2026-0042', '<g-dispute-1@bakkerij-jansen.nl>'));
    const [answer] = await smtp.waitFor(1, 60_000);
    await until(unseen, 30_000, 'the mail marked seen');
    await serve.stop();
    expect(answer!.envelopeTo).toEqual(['jan@bakkerij-jansen.nl']);
    expect(answer!.user).toBe(MAILBOX);
    // The JWT was signed with the key in the file, for the mailbox (sub) and Gmail's scope.
    const used = idp.issued.filter((token) => token.via === 'google-service-account');
    expect(used.some((token) => token.usedBy.has('imap'))).toBe(true);
    expect(used.some((token) => token.usedBy.has('smtp'))).toBe(true);
    expect(
      idp.requests.filter((request) => request.client === SERVICE_ACCOUNT).map((r) => r.outcome),
    ).not.toContain('invalid_grant');
    // Gmail's choice of mechanisms: imapflow takes OAUTHBEARER (RFC 7628) when it is offered.
    expect(readFileSync(path.join(dovecot.dir, 'dovecot.log'), 'utf8')).toMatch(
      /Login: user=<[^>]+>, method=OAUTHBEARER/,
    );
    const log = serve.log();
    expect(log).not.toContain('PRIVATE KEY');
    for (const token of idp.issued) expect(log).not.toContain(token.token);
  }, 120_000);

  it('a stored refresh token reads and answers', async () => {
    serve = startServeProcess(
      serveEnv({
        GOOGLE_CLIENT_ID: CLIENT_ID,
        GOOGLE_CLIENT_SECRET: CLIENT_SECRET,
        GOOGLE_REFRESH_TOKEN: REFRESH_TOKEN,
        GOOGLE_TOKEN_URL: `${idp.url}/token`,
      }),
    );
    await serve.waitForLog(/started imap/, 60_000);
    await deliver(dispute('ap@acme.co.uk', 'INV-2026-0077', '<g-dispute-2@acme.co.uk>'));
    await smtp.waitFor(2, 60_000);
    await until(unseen, 30_000, 'the mail marked seen');
    await serve.stop();
    expect(smtp.mails[1]!.envelopeTo).toEqual(['ap@acme.co.uk']);
    const used = idp.issued.filter((token) => token.via === 'google-refresh-token');
    expect(used.some((token) => token.usedBy.has('imap'))).toBe(true);
    expect(used.some((token) => token.usedBy.has('smtp'))).toBe(true);
    const log = serve.log();
    for (const secret of [CLIENT_SECRET, REFRESH_TOKEN, ...idp.issued.map((token) => token.token)]) {
      expect(log).not.toContain(secret);
    }
    await withDatabase(target, async (db) => {
      expect(await db.prisma.message.count({ where: { channel: 'email', direction: 'inbound' } })).toBe(2);
      expect(await db.prisma.emailOutbox.count({ where: { status: 'sent' } })).toBe(2);
    });
  }, 120_000);

  it('a key that is not the service account’s: serve names GOOGLE_SERVICE_ACCOUNT_KEY_FILE, never the key', async () => {
    const forged = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const wrongFile = path.join(dir, 'wrong.json');
    writeFileSync(
      wrongFile,
      JSON.stringify({
        type: 'service_account',
        client_email: SERVICE_ACCOUNT,
        private_key: forged,
        private_key_id: 'deadbeef',
        token_uri: `${idp.url}/token`,
      }),
    );
    serve = startServeProcess(serveEnv({ GOOGLE_SERVICE_ACCOUNT_KEY_FILE: wrongFile }));
    await serve.waitForLog(/check GOOGLE_SERVICE_ACCOUNT_KEY_FILE/, 60_000);
    const log = serve.log();
    expect(log).toMatch(/OAuth 2\.0 token from Google .*invalid_grant: Invalid JWT Signature/);
    expect(log).not.toContain(forged.split('\n')[1]!);
    expect(serve.alive()).toBe(true);
    await serve.stop();
  }, 120_000);

  it('a mailbox the service account was not delegated: the subject is refused, and the log says what to grant', async () => {
    const other = 'someone-else@ourcompany.example';
    serve = startServeProcess(
      serveEnv({ GOOGLE_SERVICE_ACCOUNT_KEY_FILE: keyFile, IMAP_USER: other, SMTP_HOST: '' }),
    );
    await serve.waitForLog(/domain-wide delegation/, 60_000);
    expect(serve.log()).toMatch(
      new RegExp(
        `OAuth 2\\.0 token from Google .* for ${other}: the service account may not act as ${other}: give its client ID domain-wide delegation with the scope https://mail\\.google\\.com/`,
      ),
    );
    expect(idp.requests.at(-1)).toEqual({
      grant: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client: SERVICE_ACCOUNT,
      outcome: 'unauthorized_client',
    });
    await serve.stop();
  }, 120_000);
});
