import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import { proposeNextStep } from '../../domain/proposals/propose-next-step.ts';
import type { ReasonCode } from '../../domain/reasons.ts';
import { loadDebtorContexts } from '../../prisma/debtors/load-debtor-contexts.ts';
import { loadMessageClassification } from '../../prisma/messages/load-message-classification.ts';
import { storeReclassification } from '../../prisma/messages/store-reclassification.ts';
import type { Database } from '../../prisma/open-database.ts';

export type ReclassifyOutcome =
  | { readonly outcome: 'stored'; readonly proposalId: string | null; readonly proposal: Proposal }
  | { readonly outcome: 'already_triaged' };

/**
 * A person's reason for a message (triage in Slack) feeds the policy exactly as the classifier's
 * would: the entities found in the text stay, the reason is theirs with full confidence. Stored
 * as a new classification decided by that person, with a new proposal; once per message.
 */
export async function reclassifyMessage({
  db,
  messageId,
  reason,
  debtorId,
  decidedBy,
  policy,
  now = new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  messageId: string;
  reason: ReasonCode;
  /** Required when the message is not matched to a debtor yet. */
  debtorId: string | null;
  /** "slack:U123" */
  decidedBy: string;
  policy: CollectionsPolicy;
  now?: Date;
}): Promise<ReclassifyOutcome> {
  const message = await loadMessageClassification({ prisma: db.prisma, messageId });
  if (!message) throw new AppError('NOT_FOUND', `Message ${messageId} does not exist.`);
  const owner = message.debtorId ?? debtorId;
  if (!owner)
    throw new AppError('INPUT_INVALID', 'Pick the debtor first: this message is not matched to one.');
  const context = (await loadDebtorContexts({ prisma: db.prisma, debtorIds: [owner] })).get(owner);
  if (!context) throw new AppError('NOT_FOUND', `Debtor ${owner} does not exist.`);
  const { entities } = message;
  const understanding = {
    kind: 'reply' as const,
    reason,
    secondary: [],
    confidence: 1,
    abstained: false,
    entities,
    language: message.language,
  };
  const named = new Set(entities.invoiceNumbers.map(normalise));
  const mentioned = context.openInvoices.filter((invoice) => named.has(normalise(invoice.number)));
  const matched = context.openInvoices.filter((invoice) => invoice.id === message.invoiceId);
  const invoices = matched.length > 0 ? matched : mentioned.length > 0 ? mentioned : context.openInvoices;
  const proposal = proposeNextStep({
    understanding,
    debtor: context.facts,
    invoices,
    history: context.history,
    today: amsterdamDate(now),
    policy,
  });
  const invoiceIds = proposal.params.invoiceIds;
  const stored = await storeReclassification({
    prisma: db.prisma,
    messageId,
    debtorId: owner,
    classification: {
      kind: 'reply',
      reason,
      secondary: [],
      confidence: 1,
      language: message.language,
      entities,
      explanation: { phrases: message.phrases, note: `reason picked by ${decidedBy} in triage` },
    },
    decidedBy,
    proposal,
    invoiceIds,
  });
  return stored.outcome === 'stored'
    ? { outcome: 'stored', proposalId: stored.proposalId, proposal }
    : stored;
}

function normalise(number: string): string {
  return number.replace(/[^0-9a-z]/gi, '').toLowerCase();
}
