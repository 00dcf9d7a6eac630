import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import type { PrismaClient } from '../generated/client.ts';
import { writeActionNotices } from '../proposals/write-action-notices.ts';

/**
 * Records the policy's decision that a ladder letter goes out by itself (its step's `approval`)
 * as the `dunning_letter` notice it owes, with no proposal: the notices' worker plans, words and
 * records it as it does one a person approved. Keyed by step and invoices, so a letter owed
 * already (by an earlier run or an approval) is owed once. Audited when new; true when it is.
 */
export async function oweLadderLetter({
  prisma,
  debtorId,
  letter,
  approval,
  now = new Date(),
}: {
  prisma: PrismaClient;
  debtorId: string;
  letter: NoticeSpec;
  /** The step's approval rule that let it go out by itself (`never`, `above <euros>`). */
  approval: string;
  now?: Date;
}): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const created = await writeActionNotices(tx, {
      proposalId: null,
      debtorId,
      notices: [letter],
      now,
      dueAt: now,
    });
    if (created === 0) return false;
    await tx.auditEvent.create({
      data: {
        actor: 'dunning',
        type: 'dunning.letter_owed',
        entityType: 'debtor',
        entityId: debtorId,
        data: {
          key: letter.key,
          stepCode: letter.params.ladderStep ?? null,
          invoiceIds: letter.params.invoices.map((invoice) => invoice.id),
          approval,
        },
      },
    });
    return true;
  });
}
