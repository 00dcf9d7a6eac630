import { describe, expect, it } from 'vitest';
import { createActivityHub } from '../../../../channels/directline/create-activity-hub.ts';
import { createAppendQueue } from '../../../../channels/directline/create-append-queue.ts';
import type { DirectLineStorePort } from '../../../../channels/directline/directline-types.ts';

/** A store whose appends fail the way a database that refuses a text does. */
function refusingStore(): DirectLineStorePort {
  let seq = 0;
  return {
    createConversation: async () => undefined,
    findConversation: async () => null,
    listActivities: async () => [],
    appendActivity: async (_id, activity) => {
      if (String(activity.text).includes('refuse')) throw new Error('unsupported Unicode escape sequence');
      seq += 1;
      return { seq, activity: { ...activity, id: `c|${seq}` } };
    },
  };
}

describe('createAppendQueue', () => {
  it('gives a refused append to its caller only: no unhandled rejection, and the queue goes on', async () => {
    const append = createAppendQueue({ store: refusingStore(), hub: createActivityHub() });
    await expect(append('c', { type: 'message', text: 'refuse me' })).rejects.toThrow('Unicode');
    // The setup file (test/support/fail-on-unhandled-errors.ts) fails this test if the queue's own
    // bookkeeping raised the same rejection again unhandled: that stopped `collections serve`.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(append('c', { type: 'message', text: 'fine' })).resolves.toEqual({ id: 'c|1', seq: 1 });
  });
});
