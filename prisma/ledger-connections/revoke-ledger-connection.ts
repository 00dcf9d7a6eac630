import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { enqueueSlackCall } from '../outbox/enqueue-slack-call.ts';
import type { LedgerConnectionSource } from './ledger-connection.ts';

/** What finance is told when a grant is refused: into the Slack finance channel when there is one. */
export interface RevocationNotice {
  /** SLACK_FINANCE_CHANNEL; null: no Slack, finance reads it in serve's log and `connect --status`. */
  readonly channel: string | null;
  readonly text: string;
}

/**
 * Marks a connection revoked because its package refused the grant, and tells finance once: only
 * the call that moves it from `connected` to `revoked` queues the Slack message, writes the audit
 * event and sets `finance_told_at` (all in the caller's transaction when given one). Returns
 * whether this call revoked it; a connection already revoked is left as it is.
 */
export async function revokeLedgerConnection({
  prisma,
  source,
  reason,
  now,
  notice,
}: {
  prisma: PrismaClient | Prisma.TransactionClient;
  source: LedgerConnectionSource;
  reason: string;
  now: Date;
  notice: RevocationNotice;
}): Promise<boolean> {
  const moved = await prisma.ledgerConnection.updateMany({
    where: { source, status: 'connected' },
    data: {
      status: 'revoked',
      revokedAt: now,
      revokedReason: reason,
      financeToldAt: notice.channel ? now : null,
      updatedAt: now,
    },
  });
  if (moved.count === 0) return false;
  if (notice.channel) {
    const key = `ledger-revoked:${source}:${now.getTime()}`;
    await enqueueSlackCall({
      prisma,
      calls: [
        {
          idempotencyKey: key,
          method: 'chat.postMessage',
          messageKey: key,
          payload: { channel: notice.channel, text: notice.text },
        },
      ],
    });
  }
  await insertAuditEvents({
    db: prisma,
    events: [
      {
        actor: 'system:ledger',
        type: 'ledger_connection.revoked',
        entityType: 'ledger_connection',
        entityId: source,
        data: { reason, told: notice.channel ? 'slack' : 'log', at: now.toISOString() },
      },
    ],
  });
  return true;
}
