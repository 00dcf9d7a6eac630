import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';

/** The click a note answers: who clicked, where, and the click's trigger id. */
export interface SlackClick {
  readonly user: { readonly id: string };
  readonly channel?: { readonly id: string } | undefined;
  readonly trigger_id: string;
}

/**
 * The one way a click's handler tells its clicker something only they see (a refusal, "already
 * decided", a form Slack would not open), through the outbox like every other call; a handler
 * tells at most once, at its end. Keyed by the click's trigger id, so Slack's retry of a click
 * notes once. Nothing to tell (null) queues nothing.
 */
export async function queueEphemeral({
  db,
  click,
  text,
}: {
  db: Pick<Database, 'prisma'>;
  click: SlackClick;
  text: string | null;
}): Promise<void> {
  if (text === null) return;
  const user = click.user.id;
  await enqueueSlackCall({
    prisma: db.prisma,
    calls: [
      {
        idempotencyKey: `ephemeral:${click.trigger_id}`,
        method: 'chat.postEphemeral',
        messageKey: null,
        // Without a channel (a click in a DM with the app) the user's own id posts to that DM.
        payload: { channel: click.channel?.id ?? user, user, text },
      },
    ],
  });
}
