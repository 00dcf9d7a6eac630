import { ImapFlow } from 'imapflow';
import { AppError } from '../../domain/errors/app-error.ts';
import { createAccessTokenSource } from './oauth2/create-access-token-source.ts';
import type { ImapSettings } from './read-email-config.ts';

export interface MailboxCheckpoint {
  readonly uidValidity: bigint;
  readonly lastUid: number;
}

export interface FetchedMail {
  readonly mailbox: string;
  readonly uidValidity: bigint;
  readonly uid: number;
  readonly raw: Buffer;
}

export type IngestStatus = 'processed' | 'unmatched' | 'duplicate' | 'failed';

/**
 * Where fetched mail goes (bot/email implements it). `ingest` commits the mail before it
 * returns and stores a bad mail as failed itself; it throws only when storage is unavailable,
 * which stops the batch without moving the checkpoint. `ingestBatch`, when there, does the same
 * for a whole chunk at once (statuses in the order given); the ingester then uses it.
 */
export interface EmailIngestSink {
  loadCheckpoint(mailbox: string): Promise<MailboxCheckpoint | null>;
  saveCheckpoint(mailbox: string, checkpoint: MailboxCheckpoint): Promise<void>;
  ingest(mail: FetchedMail): Promise<IngestStatus>;
  ingestBatch?(mails: readonly FetchedMail[]): Promise<IngestStatus[]>;
  /** A chunk ingestBatch will get next, told as soon as it is fetched: the sink may start its CPU work. */
  prefetch?(mails: readonly FetchedMail[]): void;
  /** Called after each sync: retry stored failures that are due, send queued mail. */
  afterSync?(): Promise<void>;
}

export interface SyncReport {
  readonly fetched: number;
  readonly byStatus: Readonly<Record<IngestStatus, number>>;
  readonly lastUid: number;
}

export interface ImapIngester {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One pass over new mail; concurrent calls share the running pass and then run once more. */
  syncNow(): Promise<SyncReport>;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Watches one mailbox: IDLE for new mail (imapflow starts it when the connection is quiet), a
 * poll timer as fallback for servers or networks where IDLE notifications get lost, and
 * reconnect with exponential backoff and jitter. New mail is found by UID above the stored
 * checkpoint, not by \Seen, so a person reading the mailbox cannot hide mail from us. \Seen is
 * set, and the checkpoint moved, only after the sink has committed the mail.
 */
export function createImapIngester({
  settings,
  sink,
  log,
  clientFactory = (options) => new ImapFlow(options),
}: {
  settings: ImapSettings;
  sink: EmailIngestSink;
  log: (line: string) => void;
  clientFactory?: (options: ConstructorParameters<typeof ImapFlow>[0]) => ImapFlow;
}): ImapIngester {
  let client: ImapFlow | null = null;
  let stopping = false;
  let failures = 0;
  let pollTimer: NodeJS.Timeout | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let running: Promise<SyncReport> | null = null;
  let again = false;

  // IMAP_AUTH=oauth2: a token per connection, from a cache that refreshes it before it expires.
  const tokens = settings.oauth2 ? createAccessTokenSource(settings.oauth2, settings.user) : null;

  const open = async (freshToken: boolean): Promise<ImapFlow> => {
    const next = clientFactory({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: tokens
        ? { user: settings.user, accessToken: await tokens.token({ forceRefresh: freshToken }) }
        : { user: settings.user, pass: settings.password ?? '' },
      logger: false,
      // Start IDLE soon after a sync so new mail is seen within a second, not after 15 s.
      autoIdleDelay: 1_000,
      maxIdleTime: settings.pollSeconds * 1000,
      missingIdleCommand: 'NOOP',
    });
    next.on('exists', () => schedule());
    next.on('error', (error: Error) => log(`imap: ${error.message}`));
    // A server that ends the session (Exchange Online does when the token expires, also in IDLE)
    // lands here: reconnect, with a fresh token when the cached one is due.
    next.on('close', () => {
      if (client !== next) return;
      client = null;
      if (!stopping) scheduleReconnect('connection closed');
    });
    try {
      await next.connect();
      await next.mailboxOpen(settings.mailbox);
    } catch (cause) {
      next.close();
      throw cause;
    }
    return next;
  };

  const connect = async (): Promise<void> => {
    const where = `IMAP ${settings.host}:${settings.port} mailbox ${settings.mailbox}`;
    const refused = (error: unknown) =>
      tokens !== null && (error as { authenticationFailed?: boolean }).authenticationFailed === true;
    // A token error already names the setting to fix; anything else is the server or the network.
    const translate = (error: unknown) =>
      error instanceof AppError
        ? new AppError(error.code, `${where}: ${error.message}`, { cause: error })
        : new AppError('CHANNEL_UNAVAILABLE', `${where}: ${(error as Error).message}`, { cause: error });
    try {
      client = await open(false);
      return;
    } catch (first) {
      if (!refused(first)) throw translate(first);
    }
    // The server refused a token we held as good (revoked, or ended early): one fresh token.
    try {
      client = await open(true);
      log('imap: the server refused the cached OAuth 2.0 token; a fresh one was accepted');
    } catch (second) {
      if (!refused(second)) throw translate(second);
      throw new AppError(
        'CHANNEL_UNAVAILABLE',
        `${where}: the server refused a fresh OAuth 2.0 token for IMAP_USER ${settings.user}. Check that IMAP_USER is the mailbox address and that the app may open it (Microsoft 365: IMAP.AccessAsApp with admin consent, and Add-MailboxPermission for the app's service principal; Google Workspace: domain-wide delegation with the scope https://mail.google.com/, IMAP enabled for the user). The server said: ${describeRefusal(second)}`,
        { cause: second },
      );
    }
  };

  const scheduleReconnect = (why: string): void => {
    if (stopping || reconnectTimer) return;
    failures += 1;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 10)) * (0.75 + Math.random() / 2);
    log(`imap: ${why}; reconnecting in ${Math.round(delay)} ms`);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect()
        .then(() => {
          failures = 0;
          log('imap: connected');
          schedule();
        })
        .catch((error: Error) => scheduleReconnect(error.message));
    }, delay);
  };

  const schedule = (): void => {
    syncNow().catch((error: Error) => {
      log(`imap: sync failed: ${error.message}`);
      // The connection may be fine and storage down; either way start over from the checkpoint.
      const broken = client;
      client = null;
      broken?.close();
      scheduleReconnect('sync failed');
    });
  };

  const syncOnce = async (): Promise<SyncReport> => {
    const byStatus: Record<IngestStatus, number> = { processed: 0, unmatched: 0, duplicate: 0, failed: 0 };
    const imap = client;
    if (!imap) throw new AppError('CHANNEL_UNAVAILABLE', 'IMAP is not connected.');
    const lock = await imap.getMailboxLock(settings.mailbox);
    let lastUid = 0;
    let fetched = 0;
    try {
      const mailbox = imap.mailbox;
      if (!mailbox) throw new AppError('CHANNEL_UNAVAILABLE', `Mailbox ${settings.mailbox} is not open.`);
      const uidValidity = BigInt(mailbox.uidValidity);
      const checkpoint = await sink.loadCheckpoint(settings.mailbox);
      if (checkpoint && checkpoint.uidValidity !== uidValidity) {
        log(`imap: UIDVALIDITY of ${settings.mailbox} changed; reading it again (duplicates are recognised)`);
      }
      lastUid = checkpoint && checkpoint.uidValidity === uidValidity ? checkpoint.lastUid : 0;
      const found = await imap.search({ uid: `${lastUid + 1}:*` }, { uid: true });
      // "N:*" also returns the highest message when N is above it (RFC 3501): filter.
      const uids = (found || []).filter((uid) => uid > lastUid).sort((a, b) => a - b);
      const ingestBatch = sink.ingestBatch?.bind(sink);
      if (ingestBatch) {
        const chunks: number[][] = [];
        for (let start = 0; start < uids.length; start += settings.batchSize) {
          chunks.push(uids.slice(start, start + settings.batchSize));
        }
        const fetchChunk = async (chunk: number[]): Promise<FetchedMail[]> => {
          const fetchedChunk = (
            await imap.fetchAll(chunk, { uid: true, source: true }, { uid: true })
          ).flatMap((message) =>
            message.source
              ? [{ mailbox: settings.mailbox, uidValidity, uid: message.uid, raw: message.source }]
              : [],
          );
          sink.prefetch?.(fetchedChunk);
          return fetchedChunk;
        };
        // The next two chunks are fetched while this one is processed, and the sink is told about
        // each as soon as it arrives (prefetch): parsing them runs beside this chunk's storage.
        // Two, because a chunk's storage keeps the event loop busy (the embedded database runs on
        // it) and the reply to a FETCH issued during it is only read afterwards. imapflow queues
        // commands, so the \Seen STORE below simply runs after those FETCHes.
        const LOOKAHEAD = 2;
        const pending: (Promise<FetchedMail[]> | null)[] = chunks
          .slice(0, LOOKAHEAD + 1)
          .map((chunk) => fetchChunk(chunk));
        for (let index = 0; index < chunks.length; index += 1) {
          const mails = await pending[index]!;
          pending[index] = null; // a long sync must not hold every chunk it has done
          const following = chunks[index + LOOKAHEAD + 1];
          if (following) pending.push(fetchChunk(following));
          // A failure below leaves these prefetches unread; they must not become unhandled rejections.
          for (const later of pending.slice(index + 1)) later?.catch(() => undefined);
          const statuses = await ingestBatch(mails);
          statuses.forEach((status) => {
            byStatus[status] += 1;
          });
          fetched += mails.length;
          // Only now is the whole chunk committed: mark it and move the checkpoint past it.
          if (mails.length > 0) {
            const done = mails.map((mail) => mail.uid);
            await imap.messageFlagsAdd(done, ['\\Seen'], { uid: true });
            lastUid = Math.max(lastUid, ...done);
            await sink.saveCheckpoint(settings.mailbox, { uidValidity, lastUid });
          }
        }
      } else {
        for (let start = 0; start < uids.length; start += settings.batchSize) {
          const chunk = uids.slice(start, start + settings.batchSize);
          const committed: number[] = [];
          try {
            // No IMAP command may run inside the fetch loop; the sink only talks to the database.
            for await (const message of imap.fetch(chunk, { uid: true, source: true }, { uid: true })) {
              if (!message.source) continue;
              const status = await sink.ingest({
                mailbox: settings.mailbox,
                uidValidity,
                uid: message.uid,
                raw: message.source,
              });
              byStatus[status] += 1;
              fetched += 1;
              committed.push(message.uid);
            }
          } finally {
            // Whatever was committed before a failure is marked, so a restart redoes less.
            if (committed.length > 0) {
              await imap.messageFlagsAdd(committed, ['\\Seen'], { uid: true });
              lastUid = Math.max(lastUid, ...committed);
              await sink.saveCheckpoint(settings.mailbox, { uidValidity, lastUid });
            }
          }
        }
      }
    } finally {
      lock.release();
    }
    await sink.afterSync?.();
    return { fetched, byStatus, lastUid };
  };

  const syncNow = (): Promise<SyncReport> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let report = await syncOnce();
        while (again) {
          again = false;
          const more = await syncOnce();
          report = {
            fetched: report.fetched + more.fetched,
            lastUid: more.lastUid,
            byStatus: Object.fromEntries(
              Object.entries(report.byStatus).map(([key, value]) => [
                key,
                value + more.byStatus[key as IngestStatus],
              ]),
            ) as Record<IngestStatus, number>,
          };
        }
        return report;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    name: `imap ${settings.user}@${settings.host}:${settings.port}/${settings.mailbox}`,
    async start() {
      stopping = false;
      try {
        await connect();
        schedule();
      } catch (error) {
        // The server may be down at start; serve keeps running and keeps trying.
        scheduleReconnect((error as Error).message);
      }
      pollTimer = setInterval(() => {
        if (client) schedule();
      }, settings.pollSeconds * 1000);
      pollTimer.unref();
    },
    async stop() {
      stopping = true;
      if (pollTimer) clearInterval(pollTimer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await running?.catch(() => undefined);
      const open = client;
      client = null;
      await open?.logout().catch(() => open.close());
    },
    syncNow,
  };
}

/** imapflow's refusal: the tagged response text, and the OAuth error the server sent, if any. */
function describeRefusal(error: unknown): string {
  const { response, oauthError } = error as { response?: unknown; oauthError?: unknown };
  const text = typeof response === 'string' && response ? response : (error as Error).message;
  return oauthError ? `${text} (${JSON.stringify(oauthError)})` : text;
}
