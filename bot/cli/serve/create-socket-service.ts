import type { SocketModeReceiver } from '@slack/bolt';
import type { Service } from '../../server/service.ts';

/**
 * Socket Mode as a service of `collections serve`. start() waits for the first connection
 * attempt; when Slack cannot be reached it logs and retries with backoff in the background, so
 * the server (health, e-mail, the outbox) runs meanwhile. Once connected, the Socket Mode client
 * reconnects by itself when Slack recycles the connection.
 */
export function createSocketService({
  socket,
  log,
  maxBackoffMs = 60_000,
}: {
  socket: SocketModeReceiver;
  log: (line: string) => void;
  maxBackoffMs?: number;
}): Service {
  let stopped = true;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (attempt: number): Promise<void> => {
    try {
      await socket.start();
      log('slack: Socket Mode connected');
    } catch (error) {
      if (stopped) return;
      const delay = Math.min(maxBackoffMs, 1_000 * 2 ** attempt);
      log(`slack: Socket Mode could not connect (${(error as Error).message}); retrying in ${delay} ms`);
      retry = setTimeout(() => void connect(attempt + 1), delay);
    }
  };
  return {
    name: 'slack-socket-mode',
    async start() {
      stopped = false;
      await connect(0);
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = null;
      await socket.stop();
    },
  };
}
