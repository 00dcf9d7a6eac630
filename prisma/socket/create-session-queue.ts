import type { PGlite } from '@electric-sql/pglite';

/** What @electric-sql/pglite-socket's connection handler asks of its queue. */
export interface SessionQueue {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  getQueueLength(): number;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
  /** The connection that holds the session now, if any. */
  readonly owner: number | null;
  /** Resolves once nothing runs on the database (for closing it). */
  settled(): Promise<void>;
}

interface Item {
  readonly handlerId: number;
  readonly message: Uint8Array | null; // null: clean up after a connection that went away
  readonly onData: (data: Uint8Array) => void;
  readonly resolve: (bytes: number) => void;
  readonly reject: (error: Error) => void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const STARTUP = 0x00; // a startup packet has no type byte; its length starts with 0

/**
 * PGlite is ONE PostgreSQL session. Every connection on the socket shares it, so a connection must
 * hold it from its first message until the session is idle again: until a Sync or a simple Query
 * has been answered outside a transaction block. In between, the unnamed statement and portal of
 * the extended protocol, and an open transaction, belong to that connection alone.
 *
 * The package's own queue serialises single messages and keeps only explicit transactions
 * together (`IsTransactionBlock`), so another connection's Parse could land between one
 * connection's Parse and Bind: two pg clients with large parameters got "bind message supplies 2
 * parameters, but prepared statement "" requires 1" on every query
 * (test/integration/prisma/socket/serve-socket-server.test.ts keeps that control). Here a
 * connection's messages run in the order it sent them, and nobody else's run in between.
 *
 * A connection that holds the session idle while others wait (a process stopped in the middle of
 * a transaction) is reported through `onIdleOwner` after `ownerIdleTimeoutMs`: the server closes
 * it, which rolls its transaction back, so no outside process can stop the others for good.
 */
export function createSessionQueue({
  db,
  ownerIdleTimeoutMs,
  onIdleOwner,
}: {
  db: PGlite;
  ownerIdleTimeoutMs: number;
  onIdleOwner: (handlerId: number) => void;
}): SessionQueue {
  let waiting: Item[] = [];
  let owner: number | null = null;
  let pumping = false;
  let idleTimer: NodeJS.Timeout | null = null;

  const next = (): Item | undefined => {
    const index = owner === null ? 0 : waiting.findIndex((item) => item.handlerId === owner);
    if (index < 0 || index >= waiting.length) return undefined;
    return waiting.splice(index, 1)[0];
  };

  const stopIdleWatch = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };

  // Started when the owner goes quiet while others wait; a new waiter does not restart it, the
  // owner's next message stops it.
  const watchIdleOwner = () => {
    if (owner === null || waiting.length === 0) return stopIdleWatch();
    if (idleTimer) return;
    const held = owner;
    idleTimer = setTimeout(() => {
      idleTimer = null;
      if (owner === held && !waiting.some((item) => item.handlerId === held)) onIdleOwner(held);
    }, ownerIdleTimeoutMs);
    idleTimer.unref();
  };

  // PGlite hands over its answer in many small pieces (a DataRow at a time); written one by one,
  // each is a syscall on a socket without Nagle. One write per message instead.
  const run = async (item: Item): Promise<number> => {
    const pieces: Uint8Array[] = [];
    await db.runExclusive(() =>
      db.execProtocolRawStream(item.message ?? SYNC_MESSAGE, {
        onRawData: (data) => {
          // PGlite reuses its buffer: keep a copy.
          pieces.push(data.slice());
        },
      }),
    );
    if (pieces.length === 0) return 0;
    const answer = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    item.onData(answer);
    return answer.length;
  };

  // A connection that went away may have left the session in the middle of an extended-protocol
  // exchange or a transaction: Sync ends the one, ROLLBACK the other. Their answers go nowhere.
  const cleanUp = async () => {
    const discard = { onRawData: () => undefined };
    await db.runExclusive(async () => {
      await db.execProtocolRawStream(SYNC_MESSAGE, discard);
      if (db.isInTransaction()) await db.execProtocolRawStream(ROLLBACK_MESSAGE, discard);
    });
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (let item = next(); item; item = next()) {
        stopIdleWatch();
        owner = item.handlerId;
        try {
          if (item.message === null) {
            // Nobody waits for this answer but the handler's detach, which nobody catches: a
            // failure here must not become an unhandled rejection in serve.
            await cleanUp().catch(() => undefined);
            owner = null;
            item.resolve(0);
            continue;
          }
          const bytes = await run(item);
          const type = item.message[0];
          if ((type === SYNC || type === QUERY || type === STARTUP) && !db.isInTransaction()) owner = null;
          item.resolve(bytes);
        } catch (error) {
          // PGlite answers SQL errors in the protocol; a throw here is the engine itself failing.
          // The handler closes its connection on this rejection, and its cleanup releases the session.
          item.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    } finally {
      pumping = false;
      watchIdleOwner();
    }
  };

  const push = (item: Item) => {
    waiting.push(item);
    void pump();
  };

  return {
    get owner() {
      return owner;
    },
    enqueue: (handlerId, message, onData) =>
      new Promise<number>((resolve, reject) => push({ handlerId, message, onData, resolve, reject })),
    getQueueLength: () => waiting.length,
    settled: async () => {
      while (pumping) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    clearQueueForHandler: (handlerId) => {
      const gone = waiting.filter((item) => item.handlerId === handlerId);
      waiting = waiting.filter((item) => item.handlerId !== handlerId);
      for (const item of gone) item.reject(new Error('connection closed'));
    },
    clearTransactionIfNeeded: async (handlerId) => {
      if (owner !== handlerId) return;
      // Put first, so the session goes to nobody else before it is clean.
      await new Promise<number>((resolve, reject) => {
        waiting.unshift({ handlerId, message: null, onData: () => undefined, resolve, reject });
        void pump();
      });
    },
  };
}

const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);
const ROLLBACK_MESSAGE = simpleQuery('ROLLBACK');

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + text.length);
  message[0] = QUERY;
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}
