import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOAuth2Settings } from '../../../../../channels/email/oauth2/read-oauth2-settings.ts';
import type { AppError } from '../../../../../domain/errors/app-error.ts';
import { createSelfSignedCertificate } from '../../../../support/create-self-signed-certificate.ts';

const BECAUSE = 'IMAP_AUTH is oauth2';
const SECRET = 'Qx8~a-client-secret-value';

function errorOf(env: NodeJS.ProcessEnv): AppError {
  try {
    readOAuth2Settings(env, BECAUSE);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected CONFIG_INVALID');
}

describe('readOAuth2Settings', () => {
  let dir: string;
  let privateKey: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'oauth2-settings-'));
    privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the provider when it is missing or unknown', () => {
    expect(errorOf({}).message).toMatch(
      /^OAUTH2_PROVIDER \(microsoft or google\) must be set when IMAP_AUTH is oauth2/,
    );
    expect(errorOf({ OAUTH2_PROVIDER: 'yahoo' }).message).toMatch(
      /OAUTH2_PROVIDER: expected microsoft or google/,
    );
  });

  it('Microsoft: a tenant, an app and its secret, for Exchange Online', () => {
    expect(
      readOAuth2Settings(
        { OAUTH2_PROVIDER: 'microsoft', MS_TENANT_ID: 't', MS_CLIENT_ID: 'c', MS_CLIENT_SECRET: SECRET },
        BECAUSE,
      ),
    ).toEqual({
      provider: 'microsoft',
      tenantId: 't',
      clientId: 'c',
      credential: { kind: 'secret', secret: SECRET },
      authorityHost: 'https://login.microsoftonline.com',
      scope: 'https://outlook.office365.com/.default',
    });
    const missing = errorOf({ OAUTH2_PROVIDER: 'microsoft', MS_CLIENT_ID: 'c' });
    expect(missing.code).toBe('CONFIG_INVALID');
    expect(missing.message).toMatch(
      /MS_TENANT_ID, MS_CLIENT_SECRET \(or MS_CLIENT_CERTIFICATE_FILE\) must be set/,
    );
    expect(
      errorOf({ OAUTH2_PROVIDER: 'microsoft', MS_AUTHORITY_HOST: 'http://login.example' }).message,
    ).toMatch(/MS_AUTHORITY_HOST: expected an https URL/);
  });

  it('Microsoft: a certificate file gives the key and the SHA-256 thumbprint msal-node sends', () => {
    const { key, cert: certificate } = createSelfSignedCertificate({
      subject: '/CN=app',
      loopback: false,
      days: 1,
    });
    writeFileSync(path.join(dir, 'c.pem'), certificate);
    const file = path.join(dir, 'app.pem');
    writeFileSync(file, key + certificate);
    const thumbprint = execFileSync(
      'openssl',
      ['x509', '-in', path.join(dir, 'c.pem'), '-noout', '-fingerprint', '-sha256'],
      {
        encoding: 'utf8',
      },
    )
      .split('=')[1]!
      .trim()
      .replaceAll(':', '');
    const settings = readOAuth2Settings(
      {
        OAUTH2_PROVIDER: 'microsoft',
        MS_TENANT_ID: 't',
        MS_CLIENT_ID: 'c',
        MS_CLIENT_CERTIFICATE_FILE: file,
      },
      BECAUSE,
    );
    expect(settings.provider === 'microsoft' && settings.credential).toMatchObject({
      kind: 'certificate',
      thumbprintSha256: thumbprint,
      privateKey: expect.stringContaining('-----BEGIN PRIVATE KEY-----'),
    });
    writeFileSync(file, certificate);
    const noKey = errorOf({
      OAUTH2_PROVIDER: 'microsoft',
      MS_TENANT_ID: 't',
      MS_CLIENT_ID: 'c',
      MS_CLIENT_CERTIFICATE_FILE: file,
    });
    expect(noKey.message).toMatch(
      /MS_CLIENT_CERTIFICATE_FILE .* must hold the private key and the certificate/,
    );
  });

  it('Google: a service account key file, its token_uri kept', () => {
    const file = path.join(dir, 'sa.json');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'service_account',
        client_email: 'sa@p.iam.gserviceaccount.com',
        private_key: privateKey,
        private_key_id: 'k1',
        token_uri: 'https://oauth2.googleapis.com/token',
      }),
    );
    expect(
      readOAuth2Settings({ OAUTH2_PROVIDER: 'google', GOOGLE_SERVICE_ACCOUNT_KEY_FILE: file }, BECAUSE),
    ).toEqual({
      provider: 'google',
      credential: {
        kind: 'service_account',
        clientEmail: 'sa@p.iam.gserviceaccount.com',
        privateKey,
        privateKeyId: 'k1',
      },
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scope: 'https://mail.google.com/',
    });
  });

  it('Google: a key file that is not one is named, and its content never shown', () => {
    const file = path.join(dir, 'client.json');
    writeFileSync(file, JSON.stringify({ installed: { client_secret: 'GOCSPX-do-not-print-me' } }));
    const error = errorOf({ OAUTH2_PROVIDER: 'google', GOOGLE_SERVICE_ACCOUNT_KEY_FILE: file });
    expect(error.message).toMatch(
      /GOOGLE_SERVICE_ACCOUNT_KEY_FILE ".*client\.json" is not a service account key/,
    );
    expect(error.message).not.toContain('GOCSPX');
    writeFileSync(file, `not json ${privateKey}`);
    const broken = errorOf({ OAUTH2_PROVIDER: 'google', GOOGLE_SERVICE_ACCOUNT_KEY_FILE: file });
    expect(broken.message).toMatch(/is not JSON/);
    expect(`${broken.message} ${String(broken.cause)}`).not.toContain('PRIVATE KEY');
    expect(
      errorOf({ OAUTH2_PROVIDER: 'google', GOOGLE_SERVICE_ACCOUNT_KEY_FILE: path.join(dir, 'absent.json') })
        .message,
    ).toMatch(/GOOGLE_SERVICE_ACCOUNT_KEY_FILE: cannot read .* \(ENOENT\)/);
  });

  it('Google: a refresh token needs its client, and names what is missing', () => {
    expect(
      readOAuth2Settings(
        {
          OAUTH2_PROVIDER: 'google',
          GOOGLE_CLIENT_ID: 'id',
          GOOGLE_CLIENT_SECRET: 's',
          GOOGLE_REFRESH_TOKEN: 'r',
        },
        BECAUSE,
      ),
    ).toMatchObject({
      credential: { kind: 'refresh_token', refreshToken: 'r' },
      tokenUrl: 'https://oauth2.googleapis.com/token',
    });
    expect(errorOf({ OAUTH2_PROVIDER: 'google', GOOGLE_CLIENT_ID: 'id' }).message).toMatch(
      /GOOGLE_SERVICE_ACCOUNT_KEY_FILE, or GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN, must be set when OAUTH2_PROVIDER is google and IMAP_AUTH is oauth2/,
    );
  });
});
