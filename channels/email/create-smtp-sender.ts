import nodemailer from 'nodemailer';
import { AppError } from '../../domain/errors/app-error.ts';
import type { SmtpSettings } from './read-email-config.ts';

export interface OutboundMail {
  readonly from: { readonly address: string; readonly name: string | null };
  readonly to: string;
  /** The plus-address with the signed reply token. */
  readonly replyTo: string | null;
  readonly subject: string;
  readonly text: string;
  /** Fixed before the first attempt, so a resend carries the same Message-ID. */
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
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
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
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
          messageId: mail.messageId,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          ...(mail.references.length > 0 ? { references: [...mail.references] } : {}),
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        if (info.rejected.length > 0) {
          throw Object.assign(new Error(`recipient refused: ${info.rejected.join(', ')}`), {
            responseCode: 550,
          });
        }
      } catch (cause) {
        const code = (cause as { responseCode?: number }).responseCode;
        const permanent = typeof code === 'number' && code >= 500;
        throw new AppError(
          'CHANNEL_UNAVAILABLE',
          `SMTP ${settings.host}:${settings.port} did not take the mail to ${mail.to}: ${(cause as Error).message}`,
          { cause, details: { permanent, responseCode: code ?? null } },
        );
      }
    },
    close: () => transport.close(),
  };
}
