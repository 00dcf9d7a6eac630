import { createHash } from 'node:crypto';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { NextStepProposal } from '../../domain/model/next-step.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { InvoiceFacts } from '../../domain/policy/proposal-input.ts';
import { proposeNextStep } from '../../domain/policy/propose-next-step.ts';
import { understandMessage } from '../../nlp/understand-message.ts';
import type { MessageInput, Understanding } from '../../nlp/understanding.ts';
import type { Database } from '../../prisma/open-database.ts';
import { loadDebtorContext } from '../../prisma/repositories/load-debtor-context.ts';
import { storeInboundMessage } from '../../prisma/repositories/store-inbound-message.ts';

/** What every channel hands the pipeline: one validated inbound message, already matched (or not). */
export interface InboundMessage {
  readonly channel: 'email' | 'chat';
  /** The channel's id for the message (Message-ID, activity id): the same message is stored once. */
  readonly externalId: string;
  /** null when the channel could not tell who wrote: the message waits for a person. */
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  readonly thread: { readonly externalThreadId: string; readonly subject: string | null } | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  readonly text: string;
  readonly html?: string | undefined;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
}

export type Understand = (input: MessageInput) => Promise<Understanding>;

export interface ProcessedInbound {
  readonly outcome: 'processed' | 'unmatched' | 'duplicate';
  readonly messageId: string;
  readonly understanding: Understanding;
  readonly proposal: NextStepProposal | null;
  readonly proposalId: string | null;
  readonly invoices: readonly InvoiceFacts[];
}

const localUnderstand: Understand = async (input) => understandMessage(input);

/**
 * The shared pipeline for every channel: understand the text, let the policy propose the next
 * step, and store message, classification, proposal and audit trail together. Nothing here
 * sends anything or changes money or status: a proposal waits for its executor or approver.
 */
export async function processInboundMessage({
  prisma,
  message,
  policy,
  understand = localUnderstand,
  now = new Date(),
  actor = `${message.channel}:${message.from ?? 'unknown'}`,
}: {
  prisma: Database['prisma'];
  message: InboundMessage;
  policy: CollectionsPolicy;
  understand?: Understand;
  now?: Date;
  actor?: string;
}): Promise<ProcessedInbound> {
  const understanding = await understand({
    text: message.text,
    subject: message.subject ?? undefined,
    headers: message.headers ?? undefined,
    html: message.html,
    receivedAt: message.receivedAt,
  });
  const context = message.debtorId ? await loadDebtorContext({ prisma, debtorId: message.debtorId }) : null;
  const invoices = context ? invoicesConcerned(context.openInvoices, message.invoiceId, understanding) : [];
  const proposal = context
    ? proposeNextStep({
        understanding,
        debtor: context.facts,
        invoices,
        history: context.history,
        today: amsterdamDate(now),
        policy,
      })
    : null;
  const stored = await storeInboundMessage({
    prisma,
    record: {
      channel: message.channel,
      externalId: message.externalId,
      contentHash: contentHash(message),
      debtorId: context ? context.id : null,
      invoiceId: message.invoiceId,
      thread: message.thread,
      fromAddress: message.from,
      toAddress: message.to,
      subject: message.subject,
      rawText: message.text,
      headers: message.headers,
      receivedAt: message.receivedAt,
    },
    understanding,
    proposal,
    invoiceIds: invoices.map((invoice) => invoice.id),
    actor,
  });
  return {
    outcome: stored.outcome === 'duplicate' ? 'duplicate' : context ? 'processed' : 'unmatched',
    messageId: stored.messageId,
    understanding,
    proposal: stored.outcome === 'duplicate' ? null : proposal,
    proposalId: stored.proposalId,
    invoices,
  };
}

/**
 * The invoices a message is about: the one the channel matched, else the open invoices the
 * debtor names, else all the debtor's open invoices (a reply to a statement concerns them all).
 */
function invoicesConcerned(
  open: readonly InvoiceFacts[],
  matchedInvoiceId: string | null,
  understanding: Understanding,
): InvoiceFacts[] {
  const matched = open.filter((invoice) => invoice.id === matchedInvoiceId);
  if (matched.length > 0) return matched;
  const named = new Set(understanding.entities.invoiceNumbers.map(normaliseNumber));
  const mentioned = open.filter((invoice) => named.has(normaliseNumber(invoice.number)));
  return mentioned.length > 0 ? mentioned : [...open];
}

function normaliseNumber(number: string): string {
  return number.replace(/[^0-9a-z]/gi, '').toLowerCase();
}

/** Same sender, subject and text: the same message, even when it arrives under another id. */
export function contentHash(message: Pick<InboundMessage, 'from' | 'subject' | 'text'>): string {
  return createHash('sha256')
    .update(`${message.from ?? ''}\n${message.subject ?? ''}\n${message.text.replace(/\s+/g, ' ').trim()}`)
    .digest('hex');
}
