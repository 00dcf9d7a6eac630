import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../domain/errors/app-error.ts';
import type { PreparedEmail, PrepareEmail } from './prepare-inbound-email.ts';

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
 * How long a thread may work without finishing a mail. Every step is bounded (the raw size, the text read for
 * understanding, a converter without recursion), so a mail that takes longer is a case nobody
 * foresaw: its thread is replaced and the mail is stored as failed, instead of holding the chunk
 * (and the mailbox behind it) forever.
 */
export const PREPARE_TIMEOUT_MS = 30_000;

interface Task {
  readonly resolve: (value: PreparedEmail) => void;
  readonly reject: (error: Error) => void;
  readonly thread: Thread;
}

interface Thread {
  readonly worker: Worker;
  pending: number;
  readonly ready: Promise<void>;
  /** Fires when the thread has work and has finished nothing for `timeoutMs`. */
  watchdog: NodeJS.Timeout | null;
  /** Warmed up: start-up (tsx, the model, the warm-up mails) does not count against a mail. */
  started: boolean;
}

/**
 * Worker threads that parse and understand mail (prepareInboundEmail), so the CPU work of a
 * chunk runs beside the main thread's IMAP and database work instead of after it: on 2 cores
 * this is what lets the whole pipeline keep up with a bare fetch + parse, and no single mail
 * blocks the main thread. Each thread runs what the main thread runs: the compiled dist/ (with
 * source maps when they are on), or the TypeScript sources through tsx, as bin/collections.js
 * decides. A task goes to the thread with the fewest open tasks; a thread that
 * finishes nothing for `timeoutMs` fails the mail it is on, and is replaced. An idle thread is unref'd: it
 * never keeps a process alive.
 */
export function createPreparePool({
  threads,
  timeoutMs = PREPARE_TIMEOUT_MS,
}: {
  threads: number;
  timeoutMs?: number;
}): PreparePool {
  const bootstrap = workerBootstrap();
  const open = new Map<number, Task>();
  let nextId = 0;
  let closed = false;
  /**
   * Restarted whenever a thread finishes a mail or gets work while idle: the time a mail waits
   * behind others in its thread's queue does not count against it.
   */
  const watch = (thread: Thread): void => {
    if (thread.watchdog) clearTimeout(thread.watchdog);
    thread.watchdog = null;
    if (thread.pending === 0 || !thread.started || closed) return;
    // The timer alone never keeps a process alive; the referenced worker does while it works.
    thread.watchdog = setTimeout(() => stalled(thread), timeoutMs).unref();
  };
  const settle = (id: number): Task | undefined => {
    const task = open.get(id);
    if (!task) return undefined;
    open.delete(id);
    task.thread.pending -= 1;
    if (task.thread.pending === 0) task.thread.worker.unref();
    watch(task.thread);
    return task;
  };
  const failAll = (thread: Thread, error: AppError): void => {
    for (const [id, task] of open) if (task.thread === thread) settle(id)?.reject(error);
  };
  /** The oldest open mail of a thread that finished nothing for timeoutMs is the one it is stuck on. */
  const stalled = (thread: Thread): void => {
    const oldest = [...open].find(([, task]) => task.thread === thread)?.[0];
    if (oldest !== undefined) {
      settle(oldest)?.reject(
        new AppError(
          'INTERNAL',
          `Reading the mail took longer than ${timeoutMs / 1000} s in a worker thread, which was restarted; the mail is stored without understanding and tried again later.`,
        ),
      );
    }
    failAll(
      thread,
      new AppError(
        'INTERNAL',
        'A mail before this one took too long in the same worker thread; tried again later.',
      ),
    );
    replace(thread);
  };
  const spawn = (): Thread => {
    const worker = new Worker(bootstrap, { eval: true });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const thread: Thread = {
      worker,
      pending: 0,
      watchdog: null,
      started: false,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    };
    thread.ready.catch(() => undefined);
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        if (thread.pending === 0) worker.unref();
        thread.started = true;
        watch(thread);
        return markReady();
      }
      if (reply.id === -1 && !reply.ok)
        return markFailed(new AppError('INTERNAL', `prepare thread failed to start: ${reply.message}`));
      const task = settle(reply.id);
      if (!task) return;
      if (reply.ok) task.resolve(revive(reply.value));
      else task.reject(new AppError(reply.code, reply.message));
    });
    worker.on('error', (error) => {
      markFailed(error);
      failAll(thread, new AppError('INTERNAL', `prepare thread crashed: ${error.message}`, { cause: error }));
    });
    return thread;
  };
  const workers = Array.from({ length: threads }, spawn);
  const replace = (thread: Thread): void => {
    const index = workers.indexOf(thread);
    if (index < 0 || closed) return;
    workers[index] = spawn();
    void thread.worker.terminate();
  };
  return {
    threads,
    ready: async () => {
      await Promise.all(workers.map((thread) => thread.ready));
    },
    prepare: ({ mail: { raw }, now, understand }) =>
      new Promise<PreparedEmail>((resolve, reject) => {
        const thread = workers.reduce((best, candidate) =>
          candidate.pending < best.pending ? candidate : best,
        );
        const id = nextId++;
        open.set(id, { resolve, reject, thread });
        thread.pending += 1;
        if (thread.pending === 1) watch(thread);
        // Referenced while it has work (or is starting), so an awaited task keeps the process alive.
        thread.worker.ref();
        thread.worker.postMessage({ id, raw, now, understand });
      }),
    close: async () => {
      closed = true;
      for (const thread of workers) if (thread.watchdog) clearTimeout(thread.watchdog);
      await Promise.all(workers.map((thread) => thread.worker.terminate()));
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

/** Code a new thread evaluates: it loads prepare-worker beside this file, compiled or through tsx. */
function workerBootstrap(): string {
  const failed = `.catch((error) => {
      require('node:worker_threads').parentPort.postMessage({ id: -1, ok: false, message: String(error?.stack ?? error), code: 'INTERNAL' });
    });`;
  // dist/ holds this file as .js; tsc rewrites import specifiers, not this URL.
  if (import.meta.url.endsWith('.js')) {
    const worker = new URL('./prepare-worker.js', import.meta.url).href;
    return `process.setSourceMapsEnabled(${process.sourceMapsEnabled});
    import(${JSON.stringify(worker)})${failed}`;
  }
  const require = createRequire(import.meta.url);
  // tsx's ESM entry (its CommonJS one cannot register hooks from an eval'd worker).
  const tsx = pathToFileURL(join(dirname(require.resolve('tsx/esm/api')), 'index.mjs')).href;
  return `
    import(${JSON.stringify(tsx)})
      .then(({ register }) => {
        register();
        return import(${JSON.stringify(new URL('./prepare-worker.ts', import.meta.url).href)});
      })${failed}`;
}
