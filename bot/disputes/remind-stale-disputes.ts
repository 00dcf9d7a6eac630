import { renderDisputeHandoff } from '../../channels/slack/blocks/render-dispute-handoff.ts';
import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { findStaleDisputes } from '../../prisma/disputes/find-stale-disputes.ts';
import { loadDisputeForSlack } from '../../prisma/disputes/load-dispute-for-slack.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { resolveDisputeRecipient } from '../decisions/resolve-dispute-recipient.ts';
import { toDisputeView } from '../decisions/to-slack-views.ts';

/**
 * Reminds whoever holds a dispute nobody moved for DISPUTE_STALE_DAYS: its owner, else the
 * account owner, else the sales channel. Once per stale period (the key counts periods since
 * the last change), so the worker can run this every few seconds.
 */
export async function remindStaleDisputes({
  db,
  config,
  now = new Date(),
}: {
  db: Database;
  config: SlackConfig;
  now?: Date;
}): Promise<number> {
  const prisma = db.prisma;
  const stale = await findStaleDisputes({ prisma, days: config.disputeStaleDays, now });
  let queued = 0;
  for (const { id, updatedAt } of stale) {
    const dispute = await loadDisputeForSlack({ prisma, disputeId: id });
    if (!dispute) continue;
    const periods = Math.floor(
      (now.getTime() - updatedAt.getTime()) / (config.disputeStaleDays * 86_400_000),
    );
    const channel =
      dispute.owner && /^[UW][A-Z0-9]+$/.test(dispute.owner)
        ? dispute.owner
        : resolveDisputeRecipient(config, dispute.debtor.accountOwner);
    const body = renderDisputeHandoff(toDisputeView(dispute, amsterdamDate(now)), { reminder: true });
    queued += await enqueueSlackCall({
      prisma,
      calls: [
        {
          idempotencyKey: `dispute-stale:${id}:${updatedAt.toISOString()}:${periods}`,
          method: 'chat.postMessage',
          messageKey: null,
          payload: { channel, ...body },
        },
      ],
    });
  }
  return queued;
}
