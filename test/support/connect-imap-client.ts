import { ImapFlow } from 'imapflow';
import type { DovecotServer } from './start-dovecot.ts';

/** A connected IMAP client on a throwaway Dovecot's user, for a test to append mail with. */
export async function connectImapClient(dovecot: DovecotServer): Promise<ImapFlow> {
  const imap = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await imap.connect();
  return imap;
}
