import type { Understanding } from '../../domain/messages/understanding.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { ReasonCode } from '../../domain/reasons.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { createProposals } from '../proposals/create-proposals.ts';
import { moveProposals } from '../proposals/move-proposals.ts';

/** A person's reading of a message: an understanding with the reason they picked. */
export type ReclassificationRecord = Pick<
  Understanding,
  'kind' | 'secondary' | 'confidence' | 'language' | 'entities' | 'explanation'
> & { readonly reason: ReasonCode };

export type StoredReclassification =
  | { readonly outcome: 'stored'; readonly classificationId: string; readonly proposalId: string | null }
  | { readonly outcome: 'already_triaged' };

/**
 * Stores a person's reason for a message as a new classification (decided by that person) with
 * the proposal the policy made from it, in one transaction. Only once per message: an unmatched
 * message moves to processed (matched to the debtor picked), or the open human-review proposal
 * is superseded, both by conditional updates; when neither applies someone already triaged it.
 */
export async function storeReclassification({
  prisma,
  messageId,
  debtorId,
  classification,
  decidedBy,
  proposal,
  invoiceIds,
}: {
  prisma: PrismaClient;
  messageId: string;
  debtorId: string;
  classification: ReclassificationRecord;
  /** "slack:U123" */
  decidedBy: string;
  proposal: Proposal | null;
  invoiceIds: readonly string[];
}): Promise<StoredReclassification> {
  return prisma.$transaction(async (tx) => {
    const matched = await tx.message.updateMany({
      where: { id: messageId, status: 'unmatched' },
      data: { status: 'processed', debtorId },
    });
    const superseded = await moveProposals({
      tx,
      which: { messageId, action: 'human_review' },
      from: 'proposed',
      to: 'expired',
      by: decidedBy,
      at: new Date(),
    });
    if (matched.count === 0 && superseded.length === 0) return { outcome: 'already_triaged' };
    const stored = await tx.classification.create({
      data: {
        messageId,
        kind: classification.kind,
        reason: classification.reason,
        secondary: [...classification.secondary],
        confidence: classification.confidence,
        abstained: false,
        language: classification.language,
        model: 'person',
        modelVersion: 'triage',
        entities: classification.entities as Prisma.InputJsonValue,
        explanation: classification.explanation as Prisma.InputJsonValue,
        decidedBy,
      },
    });
    const audit: Prisma.AuditEventCreateManyInput[] = [
      {
        actor: decidedBy,
        type: 'message.triaged',
        entityType: 'message',
        entityId: messageId,
        data: { reason: classification.reason, debtorId, matchedNow: matched.count > 0 },
      },
    ];
    let proposalId: string | null = null;
    if (proposal) {
      const [created] = await createProposals({
        db: tx,
        proposals: [
          {
            debtorId,
            invoiceId: null,
            messageId,
            classificationId: stored.id,
            proposal,
            invoiceIds,
            auditData: { reasonBy: decidedBy },
          },
        ],
      });
      if (!created) throw new Error('the proposal of a triaged message was not created');
      proposalId = created.proposalId;
      audit.push(...created.audit);
    }
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'stored', classificationId: stored.id, proposalId };
  });
}
