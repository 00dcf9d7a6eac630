import type { Entities, Understanding } from '../../domain/messages/understanding.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { addPaymentReference } from '../../domain/proposals/add-payment-reference.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import { proposeNextStep } from '../../domain/proposals/propose-next-step.ts';
import type { ReasonCode } from '../../domain/reasons.ts';
import { loadDebtorContexts } from '../../prisma/debtors/load-debtor-contexts.ts';
import { storeDialogOutcome } from '../../prisma/proposals/store-dialog-outcome.ts';
import type { ChatDeps, ChatSession } from './chat-deps.ts';

const NO_ENTITIES: Entities = {
  amounts: [],
  dates: [],
  invoiceNumbers: [],
  poNumbers: [],
  ibans: [],
  instalments: [],
};

/**
 * After a dialog collected what the first message lacked, the policy proposes again on the
 * complete facts: the reason the dialog settled and the facts the debtor gave (plan, date, PO,
 * payment reference). The same proposeNextStep as the pipeline decides, so the chat can never
 * offer more than the policy allows; the result is stored with the debtor's confirming answer
 * and replaces the earlier proposal for the same question.
 */
export async function proposeFromDialog({
  deps,
  session,
  reason,
  entities,
  answerMessageId,
  supersedes,
  paymentReference = null,
}: {
  deps: ChatDeps;
  session: ChatSession;
  reason: ReasonCode;
  entities: Partial<Entities>;
  /** The debtor's answer that confirmed it, already on the timeline. */
  answerMessageId: string;
  supersedes: string | null;
  /** The payment reference an "already paid" answer gave. */
  paymentReference?: string | null;
}): Promise<{ proposal: Proposal; proposalId: string }> {
  const now = deps.now();
  const context = (await loadDebtorContexts({ prisma: deps.db.prisma, debtorIds: [session.debtorId] })).get(
    session.debtorId,
  );
  if (!context) throw new Error(`debtor ${session.debtorId} of the chat no longer exists`);
  const matched = context.openInvoices.filter((invoice) => invoice.id === session.invoiceId);
  const invoices = matched.length > 0 ? matched : [...context.openInvoices];
  const understanding: Understanding = {
    kind: 'reply',
    reason,
    secondary: [],
    confidence: 1,
    abstained: false,
    language: session.language,
    reply: '',
    entities: { ...NO_ENTITIES, ...entities },
    explanation: { phrases: [], note: 'chosen by the debtor in the chat dialog' },
    model: 'chat-dialog',
    modelVersion: '1',
  };
  const proposed = proposeNextStep({
    understanding,
    debtor: context.facts,
    invoices,
    history: context.history,
    today: amsterdamDate(now),
    policy: deps.policy,
  });
  const proposal = paymentReference ? addPaymentReference(proposed, paymentReference) : proposed;
  const stored = await storeDialogOutcome({
    prisma: deps.db.prisma,
    outcome: {
      debtorId: session.debtorId,
      invoiceId: session.invoiceId,
      messageId: answerMessageId,
      reason,
      language: session.language,
      entities: { ...understanding.entities, ...(paymentReference ? { reference: paymentReference } : {}) },
      proposal,
      invoiceIds: invoices.map((invoice) => invoice.id),
      supersedes,
    },
  });
  return { proposal, proposalId: stored.proposalId };
}
