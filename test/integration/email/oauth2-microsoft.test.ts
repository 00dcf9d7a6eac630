import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { buildEml } from '../../support/build-eml.ts';
import { createSelfSignedCertificate } from '../../support/create-self-signed-certificate.ts';
import { runDoveadm } from '../../support/run-doveadm.ts';
import { seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { type IdentityProvider, startIdentityProvider } from '../../support/start-identity-provider.ts';
import { type OAuthSmtpServer, startOAuthSmtpServer } from '../../support/start-oauth-smtp-server.ts';
import { type ServeProcess, startServeProcess } from '../../support/start-serve-process.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const MAILBOX = 'debiteuren@ourcompany.example';
const TENANT = '3f2b6d0e-7c41-4a8e-9d55-0b1c2d3e4f50';
const CLIENT_ID = '8a1c9e42-5b6d-4f70-8e91-a2b3c4d5e6f7';
const CLIENT_SECRET = 'Qx8~client-secret-value-never-in-a-log.4kP2';
const CERT_CLIENT_ID = '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const REPLY_TOKEN_SECRET = 'oauth2-test-reply-token-secret-32-chars!!';

/** The mailbox sessions a test ended, as Exchange Online ends one whose token expired. */
const until = async (
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
  log: () => string = () => '',
) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * Microsoft 365 without a password: `collections serve` reads the mailbox over IMAP and answers
 * over SMTP with tokens of the client-credentials flow, fetched by msal-node from a loopback
 * identity platform (HTTPS, OpenID metadata, token endpoint). Dovecot takes XOAUTH2 only (as
 * Exchange Online) and checks each token by introspection; the SMTP server takes XOAUTH2 only.
 */
describe.skipIf(!findDovecot() && !process.env.CI)('Microsoft 365 mailbox over OAuth 2.0', () => {
  let idp: IdentityProvider;
  let dovecot: DovecotServer;
  let smtp: OAuthSmtpServer;
  let target: DatabaseTarget;
  let dbEnv: Record<string, string>;
  let drop: () => Promise<void>;
  let dir: string;
  let serve: ServeProcess | null = null;
  const kicks: number[] = [];

  /**
   * Ends the mailbox's sessions until `done`: a kick finds no session while the ingester is between
   * two (it is reconnecting already), so kick again until the reconnect we wait for has happened.
   */
  const kickUntil = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + 45_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${serve?.log()}`);
      await runDoveadm(dovecot, ['kick', MAILBOX]).catch((error: Error) => {
        if (!/no users kicked/.test(error.message)) throw error;
      });
      const next = Date.now() + 3_000;
      while (!done() && Date.now() < next) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const deliver = (eml: string) => runDoveadm(dovecot, ['save', '-u', MAILBOX, '-m', 'INBOX'], eml);
  const unseen = async () =>
    (await runDoveadm(dovecot, ['search', '-u', MAILBOX, 'mailbox', 'INBOX', 'unseen']))
      .trim()
      .split('\n')
      .filter(Boolean).length;
  const serveEnv = (extra: Record<string, string>) => ({
    ...dbEnv,
    NODE_EXTRA_CA_CERTS: idp.caFile,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_SECURE: 'false',
    IMAP_USER: MAILBOX,
    IMAP_AUTH: 'oauth2',
    // Far away: what arrives comes through IDLE, or the sync after a reconnect.
    IMAP_POLL_SECONDS: '600',
    IMAP_BATCH_SIZE: '3',
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SMTP_USER: MAILBOX,
    SMTP_AUTH: 'oauth2',
    EMAIL_FROM: MAILBOX,
    EMAIL_REPLY_TOKEN_SECRET: REPLY_TOKEN_SECRET,
    EMAIL_PREPARE_THREADS: '1',
    COMPANY_NAME: 'Our Company',
    OAUTH2_PROVIDER: 'microsoft',
    MS_TENANT_ID: TENANT,
    MS_AUTHORITY_HOST: idp.url,
    ...extra,
  });

  beforeAll(async () => {
    idp = await startIdentityProvider();
    idp.addMicrosoftApp({
      tenant: TENANT,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      mailbox: MAILBOX,
    });
    dovecot = await startDovecot({
      user: MAILBOX,
      oauth2: { introspectionUrl: idp.introspectionUrl, mechanisms: ['xoauth2'] },
    });
    smtp = await startOAuthSmtpServer(idp);
    // Exchange Online ends the session when the token it was opened with expires, IDLE or not.
    idp.onExpired((token) => {
      if (!token.usedBy.has('imap')) return;
      kicks.push(Date.now());
      void runDoveadm(dovecot, ['kick', MAILBOX]).catch(() => undefined);
    });
    ({ target, env: dbEnv, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    await seedEmailLedger(db);
    // A third debtor, so each phase below has a contact whose dispute gets its own answer.
    await db.prisma.debtor.create({
      data: {
        reference: 'D-300',
        name: 'Drukkerij De Vries',
        kind: 'company',
        language: 'nl',
        contacts: { create: { email: 'piet@drukkerij-devries.nl', name: 'Piet de Vries', isPrimary: true } },
        invoices: {
          create: {
            number: 'INV-2026-0099',
            amountCents: 99_000,
            openCents: 99_000,
            issueDate: new Date(Date.now() - 40 * 86_400_000),
            dueDate: new Date(Date.now() - 10 * 86_400_000),
          },
        },
      },
    });
    await db.close();
    dir = mkdtempSync(path.join(tmpdir(), 'collections-ms-cert-'));
  });

  afterAll(async () => {
    await serve?.stop();
    await smtp?.stop();
    await dovecot?.stop();
    await idp?.stop();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps reading and answering while tokens expire in IDLE and are revoked: nothing lost, nothing twice', async () => {
    // Six-second tokens: every few seconds the server ends the session and the ingester comes back.
    // (Not shorter: a token handed out has at least half its life left, and the way from our cache
    // to Dovecot's introspection can take a second or two on a loaded machine.)
    idp.tokenSeconds = 6;
    serve = startServeProcess(serveEnv({ MS_CLIENT_ID: CLIENT_ID, MS_CLIENT_SECRET: CLIENT_SECRET }));
    await serve.waitForLog(/started imap/, 60_000);
    await until(() => idp.issued.some((token) => token.usedBy.has('imap')), 30_000, 'the first IMAP login');

    const dispute = (from: string, invoice: string, id: string) =>
      buildEml({
        from,
        subject: `Factuur ${invoice}`,
        messageId: id,
        body: `Goedemiddag,\n\nFactuur ${invoice} klopt niet: de levering was onvolledig. Wij betalen niet voordat we een creditnota hebben ontvangen.\n\nMet vriendelijke groet`,
      });
    const ids: string[] = [];
    const started = Date.now();
    for (let n = 1; n <= 30; n += 1) {
      const id = `<expiry-${n}@sender.example>`;
      ids.push(id);
      await deliver(
        buildEml({
          from: `sender${n}@elsewhere.example`,
          subject: `mail ${n}`,
          body: `mail ${n}`,
          messageId: id,
        }),
      );
      if (n === 15) {
        ids.push('<dispute-jansen@bakkerij-jansen.nl>');
        await deliver(dispute('jan@bakkerij-jansen.nl', 'INV-2026-0042', ids.at(-1)!));
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
    await until(async () => (await unseen()) === 0, 90_000, 'every mail marked seen (committed)', serve.log);
    await smtp.waitFor(1, 30_000);
    const spanSeconds = (Date.now() - started) / 1000;
    expect(kicks.length, `sessions ended by expiry during ${spanSeconds} s`).toBeGreaterThanOrEqual(2);
    expect(serve.log()).toMatch(/imap: connection closed; reconnecting/);
    // Each session after an expiry began with a token fetched before it was due: none was refused.
    expect(serve.log()).not.toMatch(/refused the cached OAuth 2\.0 token/);

    // Revoked: a token the cache still holds as good is refused; one fresh token, and on we go.
    idp.tokenSeconds = 3600;
    const beforeLong = idp.issued.length;
    await kickUntil(
      () => idp.issued.slice(beforeLong).some((token) => token.usedBy.has('imap')),
      'an IMAP login with a long-lived token',
    );
    ids.push('<dispute-acme@acme.co.uk>');
    await deliver(dispute('ap@acme.co.uk', 'INV-2026-0077', ids.at(-1)!));
    await smtp.waitFor(2, 30_000);
    // SMTP too fetched a new token when the old one was due, before any server refused it.
    expect(smtp.logins.map((login) => login.ok)).toEqual([true, true]);
    idp.revokeAll();
    const loginsBefore = smtp.logins.length;
    await kickUntil(
      () => /refused the cached OAuth 2\.0 token; a fresh one was accepted/.test(serve!.log()),
      'a login refused with the revoked token, then one with a fresh token',
    );
    ids.push('<dispute-devries@drukkerij-devries.nl>');
    await deliver(dispute('piet@drukkerij-devries.nl', 'INV-2026-0099', ids.at(-1)!));
    await smtp.waitFor(3, 30_000);
    // nodemailer's XOAUTH2: the revoked token refused (334 + 535), then a fresh one taken.
    expect(smtp.logins.slice(loginsBefore).map((login) => login.ok)).toEqual([false, true]);
    await until(async () => (await unseen()) === 0, 30_000, 'the last mails marked seen');
    // Nothing more is on its way: no answer sent twice.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await serve.stop();

    expect(smtp.mails.map((mail) => mail.envelopeTo[0]).sort()).toEqual([
      'ap@acme.co.uk',
      'jan@bakkerij-jansen.nl',
      'piet@drukkerij-devries.nl',
    ]);
    expect(smtp.mails.every((mail) => mail.user === MAILBOX)).toBe(true);
    expect(readFileSync(path.join(dovecot.dir, 'dovecot.log'), 'utf8')).toMatch(
      /Login: user=<[^>]+>, method=XOAUTH2/,
    );
    console.log(
      `tokens expiring in IDLE: ${kicks.length} sessions ended by the server in ${spanSeconds.toFixed(0)} s, ${idp.issued.length} tokens issued, ${ids.length} mails stored once each`,
    );
    await withDatabase(target, async (db) => {
      const inbound = await db.prisma.message.findMany({
        where: { channel: 'email', direction: 'inbound' },
        select: { externalId: true, possibleDuplicateOf: true, status: true },
      });
      expect(inbound.map((message) => message.externalId).sort()).toEqual([...ids].sort());
      expect(inbound.filter((message) => message.possibleDuplicateOf !== null)).toEqual([]);
      expect(await db.prisma.emailOutbox.count({ where: { status: 'sent' } })).toBe(3);
    });

    // Secrets and tokens stay out of the log, whatever happened above.
    const log = serve.log();
    expect(log).not.toContain(CLIENT_SECRET);
    for (const token of idp.issued) expect(log).not.toContain(token.token);
    expect(idp.issued.length).toBeGreaterThanOrEqual(5);
  }, 240_000);

  it('signs in with a certificate instead of a secret (MS_CLIENT_CERTIFICATE_FILE)', async () => {
    const { key, cert: certificate } = createSelfSignedCertificate({
      subject: '/CN=collections-mail',
      loopback: false,
    });
    const certificateFile = path.join(dir, 'app.pem');
    writeFileSync(certificateFile, key + certificate);
    idp.addMicrosoftApp({ tenant: TENANT, clientId: CERT_CLIENT_ID, certificate, mailbox: MAILBOX });
    const before = idp.requests.length;
    serve = startServeProcess(
      serveEnv({ MS_CLIENT_ID: CERT_CLIENT_ID, MS_CLIENT_CERTIFICATE_FILE: certificateFile }),
    );
    await serve.waitForLog(/started imap/, 60_000);
    await deliver(
      buildEml({
        from: 'someone@elsewhere.example',
        subject: 'cert',
        body: 'cert',
        messageId: '<cert-1@elsewhere.example>',
      }),
    );
    await until(async () => (await unseen()) === 0, 30_000, 'the mail read with a certificate token');
    await serve.stop();
    expect(idp.requests.slice(before)).toContainEqual({
      grant: 'client_credentials',
      client: CERT_CLIENT_ID,
      outcome: 'issued',
    });
    expect(serve.log()).not.toContain('PRIVATE KEY');
  }, 120_000);

  it('a wrong secret: serve keeps running and says which setting to fix, never the secret', async () => {
    const wrong = 'Zz9~this-is-not-the-secret-of-the-app-71';
    serve = startServeProcess(serveEnv({ MS_CLIENT_ID: CLIENT_ID, MS_CLIENT_SECRET: wrong }));
    await serve.waitForLog(/check MS_CLIENT_SECRET/, 60_000);
    const log = serve.log();
    expect(log).toMatch(
      /imap: IMAP 127\.0\.0\.1:\d+ mailbox INBOX: OAuth 2\.0 token from Microsoft .*AADSTS7000215.*reconnecting in \d+ ms/,
    );
    expect(log).not.toContain(wrong);
    expect(log).not.toContain(CLIENT_SECRET);
    expect(serve.alive()).toBe(true);
    await serve.stop();
  }, 120_000);

  it('an app without permission on the mailbox: refused twice (a fresh token too), the log says what to grant', async () => {
    const unpermitted = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
    // Add-MailboxPermission was run for another mailbox: Exchange accepts the token, not for this one.
    idp.addMicrosoftApp({
      tenant: TENANT,
      clientId: unpermitted,
      clientSecret: CLIENT_SECRET,
      mailbox: 'other@ourcompany.example',
    });
    serve = startServeProcess(
      serveEnv({ MS_CLIENT_ID: unpermitted, MS_CLIENT_SECRET: CLIENT_SECRET, SMTP_HOST: '' }),
    );
    await serve.waitForLog(/refused a fresh OAuth 2\.0 token/, 60_000);
    expect(serve.log()).toMatch(
      /imap: IMAP 127\.0\.0\.1:\d+ mailbox INBOX: the server refused a fresh OAuth 2\.0 token for IMAP_USER debiteuren@ourcompany\.example\. .*IMAP\.AccessAsApp.*Add-MailboxPermission.*AUTHENTICATIONFAILED.*reconnecting in \d+ ms/,
    );
    // One token, then one forced refresh: two for the first attempt, not a loop of them.
    expect(idp.requests.filter((request) => request.client === unpermitted).length).toBeGreaterThanOrEqual(2);
    expect(serve.alive()).toBe(true);
    await serve.stop();
    expect(serve.log()).not.toContain(CLIENT_SECRET);
  }, 120_000);
});
