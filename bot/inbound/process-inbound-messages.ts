import type { InboundMessage } from '../../domain/messages/inbound-message.ts';
import type { Understand, Understanding } from '../../domain/messages/understanding.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { InvoiceFacts } from '../../domain/proposals/proposal-input.ts';
import { understandMessage } from '../../nlp/understand-message.ts';
import { loadDebtorContexts } from '../../prisma/debtors/load-debtor-contexts.ts';
import type { AttachmentRecord } from '../../prisma/messages/record-attachments-of-emails.ts';
import { storeInboundMessages } from '../../prisma/messages/store-inbound-messages.ts';
import type { SqlClient } from '../../prisma/sql/sql-client.ts';
import { planInboundMessage } from './plan-inbound-message.ts';

export interface InboundItem {
  readonly message: InboundMessage;
  /** Already understood (e.g. in a worker thread); otherwise `understand` runs here. */
  readonly understanding?: Understanding | undefined;
  readonly actor?: string | undefined;
  /**
   * Checks the policy's proposal against what the channel knows is on file (the chat: a plan, a
   * pending request, an open dispute) before it is stored, so a question about an existing record
   * never becomes a second request.
   */
  readonly revise?: ((proposal: Proposal) => Proposal) | undefined;
  /** A mail's attachments, stored in the same transaction as the message. */
  readonly attachments?: readonly AttachmentRecord[] | undefined;
}

export interface ProcessedInbound {
  readonly outcome: 'processed' | 'unmatched' | 'duplicate';
  readonly messageId: string;
  readonly understanding: Understanding;
  readonly proposal: Proposal | null;
  readonly proposalId: string | null;
  readonly invoices: readonly InvoiceFacts[];
}

const localUnderstand: Understand = (input) => understandMessage(input);

/**
 * The shared pipeline for every channel: understand the text, load each debtor's context once,
 * let the policy propose the next step, and store messages, classifications, proposals and
 * audit trail in ONE transaction. Nothing here sends anything or changes money or status: a
 * proposal waits for its executor or approver. One message (a chat turn, a mail retried alone)
 * is a chunk of one, so every path decides and stores the same; a chunk decides for each message
 * as it would alone (a proposal never changes a debtor's context, so one context per debtor per
 * chunk is the same context). If the transaction fails, nothing of the chunk is stored and this
 * throws; the caller may retry message by message.
 */
export async function processInboundMessages({
  prisma,
  items,
  policy,
  understand = localUnderstand,
  now = new Date(),
}: {
  /** Prisma, or the direct SQL client (Database['sql']): same statements, less overhead. */
  prisma: SqlClient;
  items: readonly InboundItem[];
  policy: CollectionsPolicy;
  understand?: Understand;
  now?: Date;
}): Promise<ProcessedInbound[]> {
  const understood = await Promise.all(
    items.map(
      async ({ message, understanding }) =>
        understanding ??
        understand({
          text: message.text,
          replyText: message.replyText,
          subject: message.subject ?? undefined,
          headers: message.headers ?? undefined,
          html: message.html,
          receivedAt: message.receivedAt,
        }),
    ),
  );
  const contexts = await loadDebtorContexts({
    prisma,
    debtorIds: items.flatMap(({ message }) => (message.debtorId ? [message.debtorId] : [])),
  });
  const plans = items.map(({ message, actor, revise }, index) =>
    planInboundMessage({
      message,
      understanding: understood[index]!,
      context: message.debtorId ? (contexts.get(message.debtorId) ?? null) : null,
      policy,
      now,
      actor: actor ?? `${message.channel}:${message.from ?? 'unknown'}`,
      revise,
    }),
  );
  const stored = await storeInboundMessages({
    prisma,
    items: plans.map((plan, index) => ({ ...plan.toStore, attachments: items[index]!.attachments })),
  });
  return plans.map((plan, index): ProcessedInbound => {
    const result = stored[index]!;
    const duplicate = result.outcome === 'duplicate';
    return {
      outcome: duplicate ? 'duplicate' : plan.toStore.record.debtorId ? 'processed' : 'unmatched',
      messageId: result.messageId,
      understanding: understood[index]!,
      proposal: duplicate ? null : plan.proposal,
      proposalId: result.proposalId,
      invoices: plan.invoices,
    };
  });
}
