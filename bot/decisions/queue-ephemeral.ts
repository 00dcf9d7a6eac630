import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';

/**
 * A note only the clicking user sees (a refusal, "already decided"), through the outbox like
 * every other call. The key is the click's trigger id, so Slack's retry of a click notes once.
 */
export async function queueEphemeral({
  db,
  channel,
  user,
  text,
  key,
}: {
  db: Database;
  channel: string | undefined;
  user: string;
  text: string;
  key: string;
}): Promise<void> {
  await enqueueSlackCall({
    prisma: db.prisma,
    calls: [
      {
        idempotencyKey: `ephemeral:${key}`,
        method: 'chat.postEphemeral',
        messageKey: null,
        // Without a channel (a click in a DM with the app) the user's own id posts to that DM.
        payload: { channel: channel ?? user, user, text },
      },
    ],
  });
}
