import type { SenderAuthority } from '../../domain/model/sender-authority.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { InvoiceFacts } from '../../domain/policy/proposal-input.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { MessageInput, Understanding } from '../../nlp/understanding.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { FullText } from '../../prisma/repositories/full-text.ts';
import { processInboundMessages } from './process-inbound-messages.ts';

/** Kept here for callers that hash before the pipeline (the email channel's de-duplication). */
export { contentHash } from './content-hash.ts';

/** What every channel hands the pipeline: one validated inbound message, already matched (or not). */
export interface InboundMessage {
  readonly channel: 'email' | 'chat';
  /** The channel's id for the message (Message-ID, activity id): the same message is stored once. */
  readonly externalId: string;
  /** null when the channel could not tell who wrote: the message waits for a person. */
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  /**
   * Why the sender may speak for debtorId, decided by the channel's matcher. Only a verified
   * sender (anything but `unverified`) can trigger an answer or a change of state; the pipeline
   * enforces it in planInboundMessage. Required, so no channel can forget to say.
   */
  readonly senderAuthority: SenderAuthority;
  readonly thread: { readonly externalThreadId: string; readonly subject: string | null } | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  /** At most what `raw_text` keeps (domain/text/cut-stored-text.ts) when `fullText` is given. */
  readonly text: string;
  /** The complete text, compressed, when `text` was cut (a mail longer than 256 KiB). */
  readonly fullText?: FullText | null;
  readonly html?: string | undefined;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
  /** contentHash(from, subject, text), when the channel computed it already (email, in a worker). */
  readonly contentHash?: string;
  /**
   * External id of an earlier message this one may repeat (same content under another id): it is
   * stored and flagged, and proposes nothing, so a copy neither answers nor pauses twice.
   */
  readonly possibleDuplicateOf?: string | null;
}

export type Understand = (input: MessageInput) => Promise<Understanding>;

export interface ProcessedInbound {
  readonly outcome: 'processed' | 'unmatched' | 'duplicate';
  readonly messageId: string;
  readonly understanding: Understanding;
  readonly proposal: Proposal | null;
  readonly proposalId: string | null;
  readonly invoices: readonly InvoiceFacts[];
}

/**
 * The shared pipeline for every channel: understand the text, let the policy propose the next
 * step, and store message, classification, proposal and audit trail together. Nothing here
 * sends anything or changes money or status: a proposal waits for its executor or approver.
 * One message is a chunk of one (processInboundMessages), so both decide and store the same.
 */
export async function processInboundMessage({
  prisma,
  message,
  policy,
  understand,
  now = new Date(),
  actor = `${message.channel}:${message.from ?? 'unknown'}`,
  revise,
}: {
  prisma: Database['prisma'];
  message: InboundMessage;
  policy: CollectionsPolicy;
  understand?: Understand;
  now?: Date;
  actor?: string;
  /** See InboundItem.revise. */
  revise?: (proposal: Proposal) => Proposal;
}): Promise<ProcessedInbound> {
  const [processed] = await processInboundMessages({
    prisma,
    items: [{ message, actor, revise }],
    policy,
    now,
    ...(understand ? { understand } : {}),
  });
  return processed!;
}
