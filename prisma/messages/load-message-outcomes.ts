import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface MessageOutcome {
  readonly externalId: string;
  readonly debtor: string | null;
  readonly invoiceNumbers: readonly string[];
  readonly kind: string | null;
  readonly reason: string | null;
  readonly confidence: number | null;
  readonly abstained: boolean;
  readonly action: string | null;
  readonly requiresApproval: boolean;
  readonly rationale: string | null;
}

/** What was stored for inbound messages: the latest classification and proposal of each. */
export async function loadMessageOutcomes({
  prisma,
  channel,
  externalIds,
}: {
  prisma: PrismaClient;
  channel: 'email' | 'chat';
  externalIds: readonly string[];
}): Promise<MessageOutcome[]> {
  const messages = await prisma.message.findMany({
    where: { channel, externalId: { in: [...externalIds] } },
    include: {
      debtor: { select: { name: true } },
      classifications: { orderBy: { createdAt: 'desc' }, take: 1 },
      proposals: { orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  const byId = new Map(messages.map((message) => [message.externalId, message]));
  const invoiceIdsOf = (proposal: (typeof messages)[number]['proposals'][number] | undefined) =>
    proposal ? parseProposedStep(proposal).params.invoiceIds : [];
  const invoiceIds = messages.flatMap((message) => invoiceIdsOf(message.proposals[0]));
  const numbers = new Map(
    (
      await prisma.invoice.findMany({ where: { id: { in: invoiceIds } }, select: { id: true, number: true } })
    ).map((invoice) => [invoice.id, invoice.number]),
  );
  return externalIds.flatMap((externalId) => {
    const message = byId.get(externalId);
    if (!message) return [];
    const classification = message.classifications[0];
    const proposal = message.proposals[0];
    const ids = invoiceIdsOf(proposal);
    return [
      {
        externalId,
        debtor: message.debtor?.name ?? null,
        invoiceNumbers: ids.map((id) => numbers.get(id) ?? id),
        kind: classification?.kind ?? null,
        reason: classification?.reason ?? null,
        confidence: classification?.confidence ?? null,
        abstained: classification?.abstained ?? false,
        action: proposal?.action ?? null,
        requiresApproval: proposal?.requiresApproval ?? false,
        rationale: proposal?.rationale ?? null,
      },
    ];
  });
}
