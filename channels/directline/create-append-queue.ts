import type { ActivityHub } from './create-activity-hub.ts';
import type { DirectLineActivity, DirectLineStorePort } from './directline-types.ts';

export type AppendActivity = (
  conversationId: string,
  activity: DirectLineActivity,
) => Promise<{ id: string; seq: number }>;

/**
 * Stores an activity and pushes it to the conversation's open streams. Appends to one
 * conversation run one after another: ids, watermarks and pushes stay in order.
 */
export function createAppendQueue({
  store,
  hub,
}: {
  store: DirectLineStorePort;
  hub: ActivityHub;
}): AppendActivity {
  const appendQueues = new Map<string, Promise<unknown>>();
  return (conversationId, activity) => {
    const previous = appendQueues.get(conversationId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const stored = await store.appendActivity(conversationId, activity);
        hub.publish(conversationId, stored.seq, stored.activity);
        return { id: String(stored.activity.id), seq: stored.seq };
      });
    appendQueues.set(conversationId, next);
    // The caller gets `next` and its rejection; this bookkeeping branch must not raise it a second
    // time as an unhandled rejection (which stopped `serve` when the database refused a text).
    void next
      .finally(() => {
        if (appendQueues.get(conversationId) === next) appendQueues.delete(conversationId);
      })
      .catch(() => undefined);
    return next;
  };
}
