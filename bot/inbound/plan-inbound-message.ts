import type { DebtorContext } from '../../domain/debtors/debtor-context.ts';
import type { InboundMessage } from '../../domain/messages/inbound-message.ts';
import type { Understanding } from '../../domain/messages/understanding.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { gateSenderAuthority } from '../../domain/proposals/gate-sender-authority.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { InvoiceFacts } from '../../domain/proposals/proposal-input.ts';
import { proposeNextStep } from '../../domain/proposals/propose-next-step.ts';
import type { InboundToStore } from '../../prisma/messages/store-inbound-messages.ts';
import { contentHash } from './content-hash.ts';

export interface PlannedInbound {
  readonly toStore: InboundToStore;
  readonly proposal: Proposal | null;
  readonly invoices: readonly InvoiceFacts[];
}

/**
 * What the pipeline decides for one understood message, without I/O: the invoices it concerns,
 * the policy's proposal (only for a matched debtor) and the rows to store. The pipeline runs it
 * for each message of a chunk, so a chunk decides as its messages would alone. The sender's
 * authority is enforced here, the one place every channel passes: an unverified sender's message
 * is stored on the debtor's timeline with a review by a person instead of the policy's proposal,
 * so no pause, plan, promise, link, executed proposal or automatic answer (all of which follow
 * the proposal) can come of it.
 */
export function planInboundMessage({
  message,
  understanding,
  context,
  policy,
  now,
  actor,
  revise,
}: {
  message: InboundMessage;
  understanding: Understanding;
  /** The matched debtor's context; null when unmatched (or the debtor no longer exists). */
  context: DebtorContext | null;
  policy: CollectionsPolicy;
  now: Date;
  actor: string;
  /** The channel's last word on the policy's proposal before it is stored (see InboundItem.revise). */
  revise?: ((proposal: Proposal) => Proposal) | undefined;
}): PlannedInbound {
  const invoices = context ? invoicesConcerned(context.openInvoices, message.invoiceId, understanding) : [];
  // A possible copy of an earlier message is kept and flagged; the earlier one already proposed.
  const proposed =
    context && !message.possibleDuplicateOf
      ? proposeNextStep({
          understanding,
          debtor: context.facts,
          invoices,
          history: context.history,
          today: amsterdamDate(now),
          policy,
        })
      : null;
  const revised = proposed && revise ? revise(proposed) : proposed;
  // The sender's authority has the last word: no channel's revision can act for an unverified sender.
  const proposal = revised
    ? gateSenderAuthority({
        proposal: revised,
        authority: message.senderAuthority,
        from: message.from,
        authenticationFailure: message.authenticationFailure ?? null,
        matchedBy: message.headers?.['x-collections-match'] ?? `the ${message.channel} channel's match`,
      })
    : null;
  return {
    proposal,
    invoices,
    toStore: {
      record: {
        channel: message.channel,
        externalId: message.externalId,
        contentHash: message.contentHash ?? contentHash(message),
        debtorId: context ? context.id : null,
        invoiceId: message.invoiceId,
        thread: message.thread,
        fromAddress: message.from,
        toAddress: message.to,
        subject: message.subject,
        rawText: message.text,
        fullText: message.fullText ?? null,
        headers: message.headers,
        receivedAt: message.receivedAt,
        senderAuthority: message.senderAuthority,
        possibleDuplicateOf: message.possibleDuplicateOf ?? null,
      },
      understanding,
      proposal,
      invoiceIds: invoices.map((invoice) => invoice.id),
      actor,
    },
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
