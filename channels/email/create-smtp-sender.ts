import nodemailer from 'nodemailer';
import { AppError } from '../../domain/errors/app-error.ts';
import { createAccessTokenSource } from './oauth2/create-access-token-source.ts';
import type { SmtpSettings } from './read-email-config.ts';

export interface OutboundMail {
  readonly from: { readonly address: string; readonly name: string | null };
  readonly to: string;
  /** The plus-address with the signed reply token. */
  readonly replyTo: string | null;
  readonly subject: string;
  readonly text: string;
  /** The HTML part, when the mail has one (ladder letters); text is its plain-text twin. */
  readonly html?: string | null;
  /** Fixed before the first attempt, so a resend carries the same Message-ID. */
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** Files sent with the mail (a formal letter as PDF), base64 so the outbox row stays JSON. */
  readonly attachments?: readonly MailAttachment[] | undefined;
}

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly contentBase64: string;
  /** Set: an inline image the HTML shows as `cid:<contentId>` (the logo), not a file to open. */
  readonly contentId?: string;
}

export interface MailSender {
  /** Throws AppError CHANNEL_UNAVAILABLE; details.permanent is true when the server refused the mail for good (5xx). */
  send(mail: OutboundMail): Promise<void>;
  close(): void;
}

/**
 * Sends over SMTP with nodemailer. Every mail is automated, so it carries Auto-Submitted:
 * auto-generated (RFC 3834): well-behaved auto-responders then do not answer it.
 */
export function createSmtpSender(settings: SmtpSettings): MailSender {
  const user = settings.user;
  const tokens = settings.oauth2 && user ? createAccessTokenSource(settings.oauth2, user) : null;
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(tokens && user
      ? {
          auth: {
            type: 'OAuth2' as const,
            user,
            // nodemailer asks again (renew) once when the server refuses a token: then a fresh one.
            // The expiry handed back lies in the past, so nodemailer keeps no token of its own and
            // every connection asks our cache, which refreshes before expiry.
            provisionCallback: (
              _user: string,
              renew: boolean,
              done: (error: Error | null, token?: string, expires?: number) => void,
            ) => {
              tokens.token({ forceRefresh: renew }).then(
                (token) => done(null, token, 1),
                (error: Error) => done(error),
              );
            },
          },
        }
      : user
        ? { auth: { user, pass: settings.password ?? '' } }
        : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          messageId: mail.messageId,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          ...(mail.references.length > 0 ? { references: [...mail.references] } : {}),
          ...(mail.attachments && mail.attachments.length > 0
            ? {
                attachments: mail.attachments.map((attachment) => ({
                  filename: attachment.filename,
                  contentType: attachment.contentType,
                  content: attachment.contentBase64,
                  encoding: 'base64',
                  ...(attachment.contentId
                    ? { cid: attachment.contentId, contentDisposition: 'inline' as const }
                    : {}),
                })),
              }
            : {}),
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        if (info.rejected.length > 0) {
          throw Object.assign(new Error(`recipient refused: ${info.rejected.join(', ')}`), {
            responseCode: 550,
          });
        }
      } catch (cause) {
        const code = (cause as { responseCode?: number }).responseCode;
        // A refused login (535) says nothing about this mail: it waits until the login works.
        const authFailed = (cause as { code?: string }).code === 'EAUTH';
        const permanent = typeof code === 'number' && code >= 500 && !authFailed;
        const why =
          authFailed && tokens && typeof code === 'number'
            ? `the server refused the OAuth 2.0 token for SMTP_USER ${user} (also a fresh one, when it answered with an XOAUTH2 error). Check that SMTP_USER is the mailbox address and that the app may send as it (Microsoft 365: SMTP.SendAsApp with admin consent, Add-MailboxPermission for the app's service principal, SMTP AUTH enabled for the mailbox; Google Workspace: domain-wide delegation with the scope https://mail.google.com/). The server said: ${(cause as Error).message}`
            : (cause as Error).message;
        throw new AppError(
          'CHANNEL_UNAVAILABLE',
          `SMTP ${settings.host}:${settings.port} did not take the mail to ${mail.to}: ${why}`,
          { cause, details: { permanent, responseCode: code ?? null } },
        );
      }
    },
    close: () => transport.close(),
  };
}
