import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';
import { parseClassificationPhrases } from '../json/classification-json.ts';

export interface MessageForTriage {
  readonly id: string;
  readonly status: string;
  readonly debtorId: string | null;
  readonly debtorName: string | null;
  readonly from: string | null;
  readonly subject: string | null;
  readonly text: string;
  readonly reason: string | null;
  readonly confidence: number;
  readonly phrases: readonly string[];
  /** The human-review proposal's rationale, or why it is unmatched. */
  readonly why: string;
  /**
   * The sender's address when the mail was held because it is not a contact of the matched
   * debtor (sender_unverified): the person may add it as one.
   */
  readonly unverifiedSender: string | null;
}

/** An inbound message with what the classifier made of it, for a person to pick the reason. */
export async function loadMessageForTriage({
  prisma,
  messageId,
}: {
  prisma: PrismaClient;
  messageId: string;
}): Promise<MessageForTriage | null> {
  const message = await prisma.message.findUnique({
    where: { id: messageId },
    include: {
      debtor: { select: { name: true } },
      classifications: { orderBy: { createdAt: 'desc' }, take: 1 },
      proposals: { where: { action: 'human_review' }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  if (!message) return null;
  const classification = message.classifications[0];
  const review = message.proposals[0] ? parseProposedStep(message.proposals[0]) : null;
  return {
    id: message.id,
    status: message.status,
    debtorId: message.debtorId,
    debtorName: message.debtor?.name ?? null,
    from: message.fromAddress,
    subject: message.subject,
    text: message.cleanedText ?? message.rawText,
    reason: classification?.reason ?? null,
    confidence: classification?.confidence ?? 0,
    phrases: classification ? parseClassificationPhrases(classification) : [],
    why:
      message.proposals[0]?.rationale ??
      'No debtor matched this sender or the invoice numbers in the text: pick the debtor, then the reason.',
    unverifiedSender:
      message.debtorId &&
      message.fromAddress &&
      review?.action === 'human_review' &&
      review.params.reviewReason === 'sender_unverified'
        ? message.fromAddress
        : null,
  };
}
