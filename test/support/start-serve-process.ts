import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServeProcess {
  /** Everything it printed so far, stdout and stderr. */
  log(): string;
  /** Resolves when the log matches; rejects with the log after `timeoutMs` or when serve exits. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  readonly alive: () => boolean;
  /** SIGTERM, and SIGKILL after 10 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** `collections serve` (bin/collections.js) as a child process with these settings added to ours. */
export function startServeProcess(env: Record<string, string>): ServeProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    log: () => output,
    alive,
    async waitForLog(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (!alive()) throw new Error(`serve exited before ${pattern}:\n${output}`);
        if (Date.now() > deadline)
          throw new Error(`serve did not log ${pattern} within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (!alive()) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}
