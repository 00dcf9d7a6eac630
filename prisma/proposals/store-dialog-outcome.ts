import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { createProposals } from './create-proposals.ts';
import { moveProposals } from './move-proposals.ts';

export interface DialogOutcome {
  readonly debtorId: string;
  readonly invoiceId: string;
  /** The debtor's confirming answer, already on the timeline (recordChatMessage). */
  readonly messageId: string;
  /** The reason the dialog settled, and the facts it collected, for the audit trail. */
  readonly reason: string;
  readonly language: string;
  readonly entities: Record<string, unknown>;
  readonly proposal: Proposal;
  readonly invoiceIds: readonly string[];
  /** The pipeline's proposal for the message that started the dialog, if any. */
  readonly supersedes: string | null;
}

/**
 * A dialog in the chat collected what the first message lacked (a chosen plan, a date, a PO
 * number, a payment reference), and the policy proposed again on the complete facts. Stores that
 * in one transaction: a classification of the debtor's answer that says the debtor chose this
 * in the chat (not the classifier), the new proposal with its pause, and the earlier proposal
 * for the same question marked expired when nobody has acted on it yet, so finance never sees
 * two requests for one question.
 */
export async function storeDialogOutcome({
  prisma,
  outcome,
}: {
  prisma: PrismaClient;
  outcome: DialogOutcome;
}): Promise<{ proposalId: string; superseded: boolean }> {
  return prisma.$transaction(async (tx) => {
    const classification = await tx.classification.create({
      data: {
        messageId: outcome.messageId,
        kind: 'reply',
        reason: outcome.reason,
        secondary: [],
        confidence: 1,
        abstained: false,
        language: outcome.language,
        model: 'chat-dialog',
        modelVersion: '1',
        entities: outcome.entities as Prisma.InputJsonValue,
        explanation: { phrases: [], note: 'chosen by the debtor in the chat dialog' },
        decidedBy: 'debtor:chat',
      },
    });
    const audit: Prisma.AuditEventCreateManyInput[] = [];
    let superseded = false;
    if (outcome.supersedes) {
      const moved = await moveProposals({
        tx,
        which: { id: outcome.supersedes },
        from: 'proposed',
        to: 'expired',
        by: 'debtor:chat',
        at: new Date(),
      });
      superseded = moved.length === 1;
    }
    const [created] = await createProposals({
      db: tx,
      proposals: [
        {
          debtorId: outcome.debtorId,
          invoiceId: outcome.invoiceId,
          messageId: outcome.messageId,
          classificationId: classification.id,
          proposal: outcome.proposal,
          invoiceIds: outcome.invoiceIds,
          auditData: outcome.supersedes ? { supersedes: outcome.supersedes } : {},
        },
      ],
    });
    if (!created) throw new Error('the proposal of a chat dialog was not created');
    if (superseded && outcome.supersedes) {
      audit.push({
        actor: 'debtor:chat',
        type: 'proposal.superseded',
        entityType: 'proposal',
        entityId: outcome.supersedes,
        data: { by: created.proposalId, reason: outcome.reason },
      });
    }
    await tx.auditEvent.createMany({ data: [...created.audit, ...audit] });
    return { proposalId: created.proposalId, superseded };
  });
}
