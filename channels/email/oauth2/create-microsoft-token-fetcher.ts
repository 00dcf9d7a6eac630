import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import { AppError, type ErrorCode } from '../../../domain/errors/app-error.ts';
import type { FetchToken } from './cache-access-tokens.ts';
import type { MicrosoftOAuth2Settings } from './oauth2-settings.ts';
import { redactSecrets } from './redact-secrets.ts';

/**
 * Tokens for Exchange Online (IMAP.AccessAsApp, SMTP.SendAsApp) through the client-credentials flow
 * of the Microsoft identity platform, with Microsoft's own library (msal-node). The token belongs
 * to the app; Exchange lets it open the mailboxes it was given with Add-MailboxPermission.
 */
export function createMicrosoftTokenFetcher(settings: MicrosoftOAuth2Settings): FetchToken {
  const credential = settings.credential;
  const host = new URL(settings.authorityHost).host;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `${settings.authorityHost}/${settings.tenantId}`,
      // The host given is trusted as it is: no instance discovery at login.microsoftonline.com,
      // so a national cloud (or a stand-in) is asked for its own metadata.
      knownAuthorities: [host],
      ...(credential.kind === 'secret'
        ? { clientSecret: credential.secret }
        : {
            clientCertificate: {
              thumbprintSha256: credential.thumbprintSha256,
              privateKey: credential.privateKey,
              x5c: credential.certificate,
            },
          }),
    },
    system: {
      // msal's own log is off: it would be a second log beside ours, and PII stays out of both.
      loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined },
    },
  });
  const secrets = credential.kind === 'secret' ? [credential.secret] : [credential.privateKey];
  return async () => {
    try {
      // Our cache (cacheAccessTokens) decides when a token is due; msal's would answer with the old one.
      const result = await app.acquireTokenByClientCredential({ scopes: [settings.scope], skipCache: true });
      if (!result?.accessToken) throw new Error('the identity platform answered without an access token');
      return {
        accessToken: result.accessToken,
        expiresAt: result.expiresOn ?? new Date(Date.now() + 3_600_000),
      };
    } catch (error) {
      throw describeMicrosoftFailure(error, settings, secrets);
    }
  };
}

function describeMicrosoftFailure(
  error: unknown,
  settings: MicrosoftOAuth2Settings,
  secrets: readonly string[],
): AppError {
  const { errorCode = '', errorMessage = '' } = error as { errorCode?: string; errorMessage?: string };
  const said = redactSecrets(
    (errorMessage || (error as Error).message || String(error)).split('\n')[0]!.trim(),
    secrets,
  );
  const credentialSetting =
    settings.credential.kind === 'secret' ? 'MS_CLIENT_SECRET' : 'MS_CLIENT_CERTIFICATE_FILE';
  const [code, what] = ((): [ErrorCode, string] => {
    if (errorCode === 'invalid_client' || /AADSTS(7000215|7000222|700027|700024)\b/.test(said)) {
      return [
        'CONFIG_INVALID',
        `the app's credential was refused: check ${credentialSetting} (a client secret expires; make a new one under Certificates & secrets of the app registration) and MS_CLIENT_ID`,
      ];
    }
    if (errorCode === 'unauthorized_client' || /AADSTS(700016|50020)\b/.test(said)) {
      return ['CONFIG_INVALID', 'the app is not known in that tenant: check MS_CLIENT_ID and MS_TENANT_ID'];
    }
    if (/AADSTS(90002|900023)\b/.test(said))
      return ['CONFIG_INVALID', 'the tenant is not known: check MS_TENANT_ID'];
    if (errorCode === 'invalid_scope' || /AADSTS(70011|1002012)\b/.test(said)) {
      return [
        'CONFIG_INVALID',
        'the scope was refused: the app needs the Office 365 Exchange Online application permissions IMAP.AccessAsApp and SMTP.SendAsApp, with admin consent',
      ];
    }
    return [
      'CHANNEL_UNAVAILABLE',
      'the identity platform could not give a token (check MS_AUTHORITY_HOST, MS_TENANT_ID and the network); trying again later',
    ];
  })();
  return new AppError(
    code,
    `OAuth 2.0 token from Microsoft (${settings.authorityHost}, tenant ${settings.tenantId}, app ${settings.clientId}): ${what}. The identity platform said: ${said || errorCode || 'nothing'}`,
    { cause: new Error(said), details: { errorCode: errorCode || null } },
  );
}
