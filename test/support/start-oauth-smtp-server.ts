import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { IdentityProvider } from './start-identity-provider.ts';

export interface OAuthSmtpServer {
  readonly host: string;
  readonly port: number;
  readonly mails: {
    readonly user: string;
    readonly envelopeTo: readonly string[];
    readonly parsed: ParsedMail;
  }[];
  /** Every AUTH attempt: the user and whether the token was good. */
  readonly logins: { readonly user: string; readonly ok: boolean }[];
  waitFor(count: number, timeoutMs?: number): Promise<OAuthSmtpServer['mails']>;
  stop(): Promise<void>;
}

/**
 * A submission server on loopback that takes XOAUTH2 only, as Exchange Online and Gmail do for an
 * app, and asks the identity provider whether the token is live and for that mailbox. A refused
 * token gets the XOAUTH2 error challenge (334 with a JSON status), then 535.
 */
export async function startOAuthSmtpServer(idp: IdentityProvider): Promise<OAuthSmtpServer> {
  const mails: OAuthSmtpServer['mails'] = [];
  const logins: { user: string; ok: boolean }[] = [];
  const server = new SMTPServer({
    authMethods: ['XOAUTH2'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.method === 'XOAUTH2' && idp.check(auth.accessToken ?? '', auth.username ?? '', 'smtp');
      logins.push({ user: auth.username ?? '', ok });
      if (ok) return callback(null, { user: auth.username });
      callback(null, {
        data: { status: '401', schemes: 'bearer', scope: 'https://outlook.office365.com/.default' },
      });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        mails.push({
          user: String(session.user),
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          parsed: await simpleParser(Buffer.concat(chunks)),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    host: '127.0.0.1',
    port,
    mails,
    logins,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP: expected ${count} mails, got ${mails.length}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return mails;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
