import type { Proposal } from '../../domain/proposals/proposal.ts';
import type { PrismaClient } from '../generated/client.ts';
import type { FullText } from './full-text.ts';
import { storeInboundMessages } from './store-inbound-messages.ts';

export interface InboundRecord {
  readonly channel: 'email' | 'chat';
  readonly externalId: string;
  readonly contentHash: string;
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  readonly thread: { readonly externalThreadId: string; readonly subject: string | null } | null;
  readonly fromAddress: string | null;
  readonly toAddress: string | null;
  readonly subject: string | null;
  readonly rawText: string;
  /** The complete text when rawText was cut; stored in message_full_text. */
  readonly fullText?: FullText | null;
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
  /** Why the sender may speak for the debtor (domain/model/sender-authority.ts); audited. */
  readonly senderAuthority?: string;
  /**
   * External id of an earlier message of the same channel this one may repeat; stored as
   * possible_duplicate_of (that message's id), also when the earlier one is in the same chunk.
   */
  readonly possibleDuplicateOf?: string | null;
}

/** What was understood of the message; nlp's Understanding fits this shape as it is. */
export interface ClassificationRecord {
  readonly kind: string;
  readonly reason: string | null;
  readonly secondary: readonly string[];
  readonly confidence: number;
  readonly abstained: boolean;
  readonly language: string;
  readonly reply: string;
  readonly model: string;
  readonly modelVersion: string;
  readonly entities: unknown;
  readonly explanation: unknown;
}

export interface StoredInbound {
  readonly outcome: 'stored' | 'duplicate';
  readonly messageId: string;
  readonly classificationId: string | null;
  readonly proposalId: string | null;
}

/**
 * Stores an inbound message with what we understood and proposed, all in one transaction: after
 * a crash either all of it is there or none of it, so the channel can safely deliver it again.
 * A message already stored (same channel and external id) is reported as a duplicate and nothing
 * changes. The only automatic effect is a dunning pause, which protects the debtor; money and
 * invoice status are never changed by what a debtor writes. A chunk of one for storeInboundMessages.
 */
export async function storeInboundMessage({
  prisma,
  record,
  understanding,
  proposal,
  invoiceIds,
  actor,
}: {
  prisma: PrismaClient;
  record: InboundRecord;
  understanding: ClassificationRecord;
  proposal: Proposal | null;
  /** The invoices the proposal and its pause concern. */
  invoiceIds: readonly string[];
  actor: string;
}): Promise<StoredInbound> {
  const [stored] = await storeInboundMessages({
    prisma,
    items: [{ record, understanding, proposal, invoiceIds, actor }],
  });
  return stored!;
}
