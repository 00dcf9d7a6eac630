import { renderDisputeHandoff } from '../../channels/slack/blocks/render-dispute-handoff.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { loadDisputeForSlack } from '../../prisma/disputes/load-dispute-for-slack.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall, type SlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { isSlackMessageQueued } from '../../prisma/outbox/is-slack-message-queued.ts';
import { toDisputeView } from '../decisions/to-slack-views.ts';

/**
 * After a dispute moved (in Slack or in the console), its hand-off message in Slack shows the new
 * state: who holds it, how it was resolved, buttons gone once settled. Keyed per status and owner,
 * so a double click queues nothing new. Only a dispute whose hand-off was posted (or queued) is
 * updated: without Slack nothing waits for a message that will never exist. An escalation is also
 * posted to finance when a finance channel is given. Returns how many calls it queued.
 */
export async function announceDispute({
  db,
  disputeId,
  now,
  financeChannel = null,
}: {
  db: Pick<Database, 'prisma'>;
  disputeId: string;
  now: Date;
  financeChannel?: string | null;
}): Promise<number> {
  const messageKey = `dispute:${disputeId}`;
  if (!(await isSlackMessageQueued({ prisma: db.prisma, messageKey }))) return 0;
  const dispute = await loadDisputeForSlack({ prisma: db.prisma, disputeId });
  if (!dispute) return 0;
  const body = renderDisputeHandoff(toDisputeView(dispute, amsterdamDate(now)));
  const calls: SlackCall[] = [
    {
      idempotencyKey: `${messageKey}:${dispute.status}:${dispute.owner ?? ''}`,
      method: 'chat.update',
      messageKey,
      payload: { ...body },
    },
  ];
  if (dispute.status === 'escalated' && financeChannel) {
    calls.push({
      idempotencyKey: `${messageKey}:escalated:finance`,
      method: 'chat.postMessage',
      messageKey: `${messageKey}:escalation`,
      payload: { channel: financeChannel, ...body },
    });
  }
  return enqueueSlackCall({ prisma: db.prisma, calls });
}
