import type { ImapSettings } from '../../channels/email/read-email-config.ts';
import type { DovecotServer } from './start-dovecot.ts';

/** Ingester settings for the INBOX of a throwaway Dovecot (plain IMAP on loopback). */
export function imapSettingsOf(
  dovecot: DovecotServer,
  { pollSeconds, batchSize }: { pollSeconds: number; batchSize: number },
): ImapSettings {
  return {
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    user: dovecot.user,
    password: dovecot.password,
    mailbox: 'INBOX',
    pollSeconds,
    batchSize,
  };
}
