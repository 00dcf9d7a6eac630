import type { DismissKind } from '../../domain/triage/unmatched-mail.ts';
import type { PrismaClient } from '../generated/client.ts';

/**
 * Sets an unmatched inbound mail aside (spam, or not for us) by a person's decision, once: the
 * status moves from `unmatched` to `dismissed` conditionally, so a double click, or a mail
 * already assigned to a debtor (here or in Slack's triage), changes nothing. Audited as
 * `message.dismissed` with the reason, in the same transaction.
 */
export async function dismissUnmatchedMail({
  prisma,
  messageId,
  kind,
  reason,
  actor,
}: {
  prisma: PrismaClient;
  messageId: string;
  kind: DismissKind;
  reason: string;
  /** "console:anna@example.com" */
  actor: string;
}): Promise<{ readonly outcome: 'dismissed' | 'already_triaged' }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      where: { id: messageId, status: 'unmatched', direction: 'inbound' },
      data: { status: 'dismissed' },
    });
    if (count === 0) return { outcome: 'already_triaged' as const };
    await tx.auditEvent.create({
      data: {
        actor,
        type: 'message.dismissed',
        entityType: 'message',
        entityId: messageId,
        data: { kind, reason },
      },
    });
    return { outcome: 'dismissed' as const };
  });
}
