import { renderTriage } from '../../channels/slack/blocks/render-triage.ts';
import type { ReasonCode } from '../../domain/reasons.ts';
import { loadMessageForTriage } from '../../prisma/messages/load-message-for-triage.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { isSlackMessageQueued } from '../../prisma/outbox/is-slack-message-queued.ts';
import { toTriageView } from './to-slack-views.ts';

/**
 * After a message was triaged (in Slack or the console), its triage message in Slack shows who
 * gave which reason, menus gone. Only a triage message that was posted (or queued) is updated:
 * without Slack nothing waits for a message that will never exist. Once per message. A mail set
 * aside in the console's triage (`dismissed`) shows who did it and why instead of a reason.
 */
export async function announceTriage({
  db,
  messageId,
  by,
  reason,
  why,
  dismissed = false,
}: {
  db: Pick<Database, 'prisma'>;
  messageId: string;
  /** "slack:U123" or "console:anna@example.com" */
  by: string;
  reason: ReasonCode | string;
  /** The new proposal's rationale (for a dismissal: the person's reason). */
  why: string;
  dismissed?: boolean;
}): Promise<number> {
  const key = `triage:${messageId}`;
  if (!(await isSlackMessageQueued({ prisma: db.prisma, messageKey: key }))) return 0;
  const message = await loadMessageForTriage({ prisma: db.prisma, messageId });
  if (!message) return 0;
  // Picked: the new proposal's rationale is the why, and the menus (the sender's button with them) are gone.
  const body = renderTriage({ ...toTriageView(message), why }, { by, reason, dismissed });
  return enqueueSlackCall({
    prisma: db.prisma,
    calls: [{ idempotencyKey: `${key}:done`, method: 'chat.update', messageKey: key, payload: { ...body } }],
  });
}
