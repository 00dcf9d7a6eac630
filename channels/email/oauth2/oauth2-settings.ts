/**
 * How the mail transports get an OAuth 2.0 access token (IMAP_AUTH / SMTP_AUTH = oauth2). Read
 * from the environment by read-oauth2-settings.ts; the secrets in here are never logged.
 */
export type OAuth2Settings = MicrosoftOAuth2Settings | GoogleOAuth2Settings;

/** The client-credentials flow of the Microsoft identity platform (an app registration in Entra ID). */
export interface MicrosoftOAuth2Settings {
  readonly provider: 'microsoft';
  readonly tenantId: string;
  readonly clientId: string;
  readonly credential:
    | { readonly kind: 'secret'; readonly secret: string }
    | {
        readonly kind: 'certificate';
        readonly privateKey: string;
        readonly thumbprintSha256: string;
        /** The certificate itself (PEM), sent as x5c so a rolled certificate is accepted (SN+I). */
        readonly certificate: string;
      };
  /** https://login.microsoftonline.com, or a national cloud's host. */
  readonly authorityHost: string;
  readonly scope: string;
}

/** A Google Workspace service account with domain-wide delegation, or a stored refresh token. */
export interface GoogleOAuth2Settings {
  readonly provider: 'google';
  readonly credential:
    | {
        readonly kind: 'service_account';
        readonly clientEmail: string;
        readonly privateKey: string;
        readonly privateKeyId: string | null;
      }
    | {
        readonly kind: 'refresh_token';
        readonly clientId: string;
        readonly clientSecret: string;
        readonly refreshToken: string;
      };
  readonly tokenUrl: string;
  readonly scope: string;
}
