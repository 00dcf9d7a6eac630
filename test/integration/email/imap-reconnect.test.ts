import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImapIngester,
  type EmailIngestSink,
  type FetchedMail,
  type MailboxCheckpoint,
} from '../../../channels/email/imap-ingester.ts';
import { buildEml } from '../../support/build-eml.ts';
import { connectImapClient } from '../../support/connect-imap-client.ts';
import { imapSettingsOf } from '../../support/imap-settings-of.ts';
import { type DovecotServer, findDovecot, startDovecot } from '../../support/start-dovecot.ts';
import { startTcpProxy, type TcpProxy } from '../../support/start-tcp-proxy.ts';

/** An in-memory sink: the ingester's contract without a database. */
function memorySink() {
  const seen: FetchedMail[] = [];
  let checkpoint: MailboxCheckpoint | null = null;
  const sink: EmailIngestSink = {
    loadCheckpoint: async () => checkpoint,
    saveCheckpoint: async (_mailbox, next) => {
      checkpoint = next;
    },
    ingest: async (mail) => {
      seen.push(mail);
      return 'processed';
    },
  };
  return { sink, seen };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!findDovecot())('IMAP watcher: IDLE, polling fallback, reconnect with backoff', () => {
  let dovecot: DovecotServer;
  let proxy: TcpProxy;
  let writer: ImapFlow;

  beforeAll(async () => {
    dovecot = await startDovecot();
    proxy = await startTcpProxy(dovecot);
    writer = await connectImapClient(dovecot);
  });

  afterAll(async () => {
    await writer?.logout().catch(() => undefined);
    await proxy?.stop();
    await dovecot?.stop();
  });

  it('sees new mail through IDLE and survives dropped connections and a refusing server', async () => {
    const { sink, seen } = memorySink();
    const logs: string[] = [];
    const ingester = createImapIngester({
      settings: {
        host: '127.0.0.1',
        port: proxy.port,
        secure: false,
        user: dovecot.user,
        password: dovecot.password,
        mailbox: 'INBOX',
        // Far away: whatever arrives within the test came through IDLE or a reconnect.
        pollSeconds: 600,
        batchSize: 10,
      },
      sink,
      log: (line) => logs.push(line),
    });
    await ingester.start();
    try {
      const append = (n: number) =>
        writer.append('INBOX', buildEml({ from: 'a@b.example', subject: `m${n}`, body: `mail ${n}` }));
      await append(1);
      await until(() => seen.length === 1, 10_000, 'mail 1 via IDLE');

      proxy.dropConnections();
      proxy.setRefusing(true);
      await append(2);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(seen).toHaveLength(1);
      proxy.setRefusing(false);
      await until(() => seen.length === 2, 20_000, 'mail 2 after reconnect');
      expect(logs.some((line) => /reconnecting in \d+ ms/.test(line))).toBe(true);

      await append(3);
      await until(() => seen.length === 3, 10_000, 'mail 3 via IDLE on the new connection');
      expect(seen.map((mail) => mail.uid)).toEqual([1, 2, 3]);
    } finally {
      await ingester.stop();
    }
  });
  it('falls back to polling when IDLE notifications never come', async () => {
    const { sink, seen } = memorySink();
    const ingester = createImapIngester({
      settings: imapSettingsOf(dovecot, { pollSeconds: 1, batchSize: 10 }),
      sink,
      log: () => undefined,
      // As on a server or network where IDLE is unavailable or its notifications get lost.
      clientFactory: (options) => new ImapFlow({ ...options, disableAutoIdle: true }),
    });
    await ingester.start();
    try {
      await until(() => seen.length === 3, 10_000, 'the existing mail');
      await writer.append('INBOX', buildEml({ from: 'a@b.example', subject: 'm4', body: 'mail 4' }));
      await until(() => seen.length === 4, 10_000, 'mail 4 via polling');
    } finally {
      await ingester.stop();
    }
  });
});
