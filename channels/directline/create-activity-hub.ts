import type { WebSocket } from 'ws';

type StoredActivity = { id?: string; [key: string]: unknown };

interface Subscriber {
  readonly socket: WebSocket;
  ready: boolean;
  lastSent: number;
  pending: { seq: number; activity: StoredActivity }[];
}

/**
 * The open WebSocket streams per conversation, in this process. A new stream first gets the
 * history after its watermark (read from the store), then live activities; anything published
 * while the history is read is held back and sent after it, in order and without duplicates.
 */
export interface ActivityHub {
  subscribe(
    conversationId: string,
    socket: WebSocket,
    watermark: number,
    backlog: () => Promise<{ seq: number; activity: StoredActivity }[]>,
  ): Promise<void>;
  publish(conversationId: string, seq: number, activity: StoredActivity): void;
  hasSubscribers(conversationId: string): boolean;
  /** Empty messages keep proxies and browsers from dropping idle streams. */
  keepAlive(): void;
  closeAll(): void;
}

export function createActivityHub(): ActivityHub {
  const byConversation = new Map<string, Set<Subscriber>>();
  const send = (subscriber: Subscriber, items: { seq: number; activity: StoredActivity }[]) => {
    const fresh = items.filter((item) => item.seq > subscriber.lastSent);
    if (fresh.length === 0) return;
    subscriber.lastSent = fresh.at(-1)!.seq;
    if (subscriber.socket.readyState === subscriber.socket.OPEN) {
      subscriber.socket.send(
        JSON.stringify({
          activities: fresh.map((item) => item.activity),
          watermark: String(subscriber.lastSent),
        }),
      );
    }
  };
  return {
    async subscribe(conversationId, socket, watermark, backlog) {
      const subscriber: Subscriber = { socket, ready: false, lastSent: watermark, pending: [] };
      let set = byConversation.get(conversationId);
      if (!set) {
        set = new Set();
        byConversation.set(conversationId, set);
      }
      set.add(subscriber);
      socket.on('close', () => {
        set.delete(subscriber);
        if (set.size === 0 && byConversation.get(conversationId) === set)
          byConversation.delete(conversationId);
      });
      const history = await backlog();
      send(subscriber, history);
      send(
        subscriber,
        subscriber.pending.sort((a, b) => a.seq - b.seq),
      );
      subscriber.pending = [];
      subscriber.ready = true;
    },
    publish(conversationId, seq, activity) {
      for (const subscriber of byConversation.get(conversationId) ?? []) {
        if (subscriber.ready) send(subscriber, [{ seq, activity }]);
        else subscriber.pending.push({ seq, activity });
      }
    },
    hasSubscribers(conversationId) {
      return (byConversation.get(conversationId)?.size ?? 0) > 0;
    },
    keepAlive() {
      for (const set of byConversation.values()) {
        for (const subscriber of set) {
          // Runs in a timer: a socket that fails here is dropped, never the process.
          try {
            if (subscriber.socket.readyState === subscriber.socket.OPEN) subscriber.socket.send('');
          } catch {
            subscriber.socket.terminate();
          }
        }
      }
    },
    closeAll() {
      for (const set of byConversation.values())
        for (const subscriber of set) subscriber.socket.close(1001, 'server stopping');
      byConversation.clear();
    },
  };
}
