import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../domain/errors/app-error.ts';
import type { PrepareEmail } from './ingest-emails.ts';
import type { PreparedEmail } from './prepare-inbound-email.ts';

export interface PreparePool {
  readonly threads: number;
  readonly prepare: PrepareEmail;
  /** Resolves once every thread has loaded the parser and the model (first use waits anyway). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

type Reply =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly value: PreparedEmail }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly code: ErrorCode };

/**
 * Worker threads that parse and understand mail (prepareInboundEmail), so the CPU work of a
 * chunk runs beside the main thread's IMAP and database work instead of after it: on 2 cores
 * this is what lets the whole pipeline keep up with a bare fetch + parse. Each thread loads the
 * TypeScript sources through tsx, as bin/collections.js does. A task goes to the thread with the
 * fewest open tasks. An idle thread is unref'd: it never keeps a process alive.
 */
export function createPreparePool({ threads }: { threads: number }): PreparePool {
  const require = createRequire(import.meta.url);
  // tsx's ESM entry (its CommonJS one cannot register hooks from an eval'd worker).
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  const bootstrap = `
    import(${JSON.stringify(tsx)})
      .then(({ register }) => {
        register();
        return import(${JSON.stringify(new URL('./prepare-worker.ts', import.meta.url).href)});
      })
      .catch((error) => {
      require('node:worker_threads').parentPort.postMessage({ id: -1, ok: false, message: String(error?.stack ?? error), code: 'INTERNAL' });
    });`;
  const open = new Map<number, { resolve: (value: PreparedEmail) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(bootstrap, { eval: true });
    const state = { worker, pending: 0, ready: null as Promise<void> | null };
    state.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) {
          if (state.pending === 0) worker.unref();
          return resolve();
        }
        if (reply.id === -1 && !reply.ok)
          return reject(new AppError('INTERNAL', `prepare thread failed to start: ${reply.message}`));
        const task = open.get(reply.id);
        if (!task) return;
        open.delete(reply.id);
        state.pending -= 1;
        if (state.pending === 0) worker.unref();
        if (reply.ok) task.resolve(revive(reply.value));
        else task.reject(new AppError(reply.code, reply.message));
      });
      worker.on('error', (error) => {
        reject(error);
        for (const [id, task] of open) {
          open.delete(id);
          task.reject(new AppError('INTERNAL', `prepare thread crashed: ${error.message}`, { cause: error }));
        }
      });
    });
    state.ready.catch(() => undefined);
    return state;
  });
  return {
    threads,
    ready: async () => {
      await Promise.all(workers.map((state) => state.ready));
    },
    prepare: ({ mail: { raw }, now, understand }) =>
      new Promise<PreparedEmail>((resolve, reject) => {
        const state = workers.reduce((best, candidate) =>
          candidate.pending < best.pending ? candidate : best,
        );
        const id = nextId++;
        open.set(id, { resolve, reject });
        state.pending += 1;
        // Referenced while it has work (or is starting), so an awaited task keeps the process alive.
        state.worker.ref();
        state.worker.postMessage({ id, raw, now, understand });
      }),
    close: async () => {
      await Promise.all(workers.map((state) => state.worker.terminate()));
    },
  };
}

/** Buffers arrive as Uint8Arrays after the structured clone; the channel code expects Buffers. */
function revive(value: PreparedEmail): PreparedEmail {
  return {
    ...value,
    email: {
      ...value.email,
      attachments: value.email.attachments.map((attachment) => ({
        ...attachment,
        content: Buffer.from(
          attachment.content.buffer,
          attachment.content.byteOffset,
          attachment.content.byteLength,
        ),
      })),
    },
  };
}
