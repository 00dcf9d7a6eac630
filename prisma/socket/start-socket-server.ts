import { chmodSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { createSessionQueue } from './create-session-queue.ts';

export interface SocketServer {
  readonly socketPath: string;
  /** Connections open now. */
  connections(): number;
  /** Closes every connection (open transactions roll back) and stops listening. */
  close(): Promise<void>;
}

/**
 * Serves one PGlite instance on a Unix socket, as PostgreSQL does, so other processes (and serve's
 * own pools) reach it with any PostgreSQL client. Built from the package's connection handler
 * (framing, SSL refusal) with our own queue (create-session-queue.ts: a connection holds the one
 * session until it is idle again). Not the package's `PGLiteSocketServer`: its queue lets the
 * messages of two connections interleave, and beyond its connection limit it writes plain text a
 * PostgreSQL client cannot read. The socket file is made readable and writable by its owner
 * alone (the caller puts it in a 0700 directory, so nobody else gets in before the chmod either).
 */
export async function startSocketServer({
  db,
  socketPath,
  maxConnections,
  ownerIdleTimeoutMs,
  log,
}: {
  db: PGlite;
  socketPath: string;
  maxConnections: number;
  ownerIdleTimeoutMs: number;
  log: (line: string) => void;
}): Promise<SocketServer> {
  const open = new Map<number, { handler: PGLiteSocketHandler; socket: Socket }>();
  const queue = createSessionQueue({
    db,
    ownerIdleTimeoutMs,
    onIdleOwner: (handlerId) => {
      log(
        `database socket: a connection held the embedded database for ${ownerIdleTimeoutMs} ms without a statement while others waited; it is closed and its transaction rolled back`,
      );
      open.get(handlerId)?.socket.destroy();
    },
  });
  let closing = false;

  const server = createServer((socket) => {
    // A client that resets its connection must not take serve down with an unhandled 'error'.
    socket.on('error', () => undefined);
    if (closing) {
      socket.destroy();
      return;
    }
    if (open.size >= maxConnections) {
      refuse(
        socket,
        `sorry, too many clients already (${maxConnections} connections to the embedded database)`,
      );
      return;
    }
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue, clearQueueForHandler and clearTransactionIfNeeded; its
      // declared type is the package's class, whose private fields no other object can have.
      queryQueue: queue as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    open.set(handler.handlerId, { handler, socket });
    const forget = () => open.delete(handler.handlerId);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  server.on('error', (error) => log(`database socket: ${error.message}`));

  // The caller holds the data directory's lock: a socket file left here by a crash is ours to remove.
  rmSync(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(socketPath, 0o600);

  return {
    socketPath,
    connections: () => open.size,
    close: async () => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...open.values()].map(({ handler }) => handler.detach(true).catch(() => undefined)));
      await closed;
      await queue.settled();
      rmSync(socketPath, { force: true });
    },
  };
}

/** Answers a connection we cannot take with a PostgreSQL error (53300), as a server would. */
function refuse(socket: Socket, message: string): void {
  socket.once('data', (data: Buffer) => {
    // An SSLRequest first (8 bytes, code 80877103): say no, then answer the startup packet.
    if (data.length === 8 && data.readInt32BE(4) === 80877103) {
      socket.write('N');
      refuse(socket, message);
      return;
    }
    socket.end(errorResponse('53300', message));
  });
  socket.setTimeout(5000, () => socket.destroy());
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    field('S', 'FATAL'),
    field('V', 'FATAL'),
    field('C', code),
    field('M', message),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0, 'ascii');
  header.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([header, fields]);
}

function field(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
