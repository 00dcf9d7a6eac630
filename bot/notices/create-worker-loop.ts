import { describeError } from '../../domain/errors/describe-error.ts';
import type { Service } from '../server/service.ts';

/**
 * The one loop every outbox worker runs in: a round, then `intervalMs` of rest, then the next
 * round; rounds never overlap. A round that throws is logged and the loop goes on (a tick never
 * throws into a timer). stop() waits for the running round.
 */
export function createWorkerLoop({
  name,
  intervalMs,
  round,
  log,
  firstRoundMs = 0,
  onStop,
}: {
  name: string;
  intervalMs: number;
  round: () => Promise<unknown>;
  log: (line: string) => void;
  /** When the first round runs after start. */
  firstRoundMs?: number;
  /** After the last round: release what the rounds used (an SMTP pool). */
  onStop?: () => void | Promise<void>;
}): Service {
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = round()
      .catch((error: unknown) => log(`${name}: ${describeError(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  return {
    name,
    async start() {
      stopped = false;
      timer = setTimeout(tick, firstRoundMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      await onStop?.();
    },
  };
}
