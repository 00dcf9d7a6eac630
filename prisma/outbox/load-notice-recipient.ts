import { replyTargetOf } from '../../domain/model/reply-target-of.ts';
import type { PrismaClient } from '../generated/client.ts';
import { parseMessageHeaders } from '../json/parse-message-headers.ts';

export interface NoticeRecipient {
  readonly debtorName: string;
  /** The name of the contact the mail goes to, as imported (null: none known); the greeting uses it. */
  readonly contactName: string | null;
  /** null: no deliverable address at all. */
  readonly to: string | null;
  /** The language the contact mail goes to prefers (set in the console); null: none set, or an answer to their own mail. */
  readonly contactLanguage: string | null;
  /** Set when the notice answers the debtor's own e-mail: it joins that thread. */
  readonly thread: {
    readonly threadId: string | null;
    readonly inReplyTo: string | null;
    readonly references: readonly string[];
    readonly subject: string;
  } | null;
}

/**
 * Where an e-mail notice goes. An answer to the debtor's own mail goes back to its sender, in its
 * thread (In-Reply-To and References, so their mail client shows it as the answer). Formal
 * letters, and notices without a mail to answer, go to the primary deliverable contact that is
 * active and takes reminders (read here, at sending: a contact changed in the console counts for
 * the next mail).
 */
export async function loadNoticeRecipient({
  prisma,
  debtorId,
  proposalId,
  to = null,
  answer,
}: {
  prisma: PrismaClient;
  debtorId: string;
  proposalId: string;
  /** An address confirmed by a person (a new contact): used as is. */
  to?: string | null;
  /** false for formal letters: they start their own thread to the address on file. */
  answer: boolean;
}): Promise<NoticeRecipient | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    include: { contacts: { orderBy: [{ isPrimary: 'desc' }, { createdAt: 'asc' }] } },
  });
  if (!debtor) return null;
  const proposal = await prisma.proposal.findUnique({
    where: { id: proposalId },
    include: { message: { include: { conversation: true } } },
  });
  const message = proposal?.message;
  const undeliverable = new Set(debtor.contacts.filter((c) => c.undeliverable).map((c) => c.email));
  // Reminders and letters go to the first active contact that takes them (staff keep that in the console).
  const primary =
    debtor.contacts.find((c) => !c.undeliverable && c.active && c.receivesReminders)?.email ?? null;
  const sender = message?.fromAddress?.toLowerCase() ?? null;
  const answerable =
    answer &&
    message?.channel === 'email' &&
    message.direction === 'inbound' &&
    message.debtorId === debtorId &&
    sender !== null &&
    !undeliverable.has(sender);
  const nameOf = (address: string | null) =>
    debtor.contacts.find((contact) => contact.email.toLowerCase() === address?.toLowerCase())?.name?.trim() ||
    null;
  if (to || !answerable || !message) {
    const address = to ?? primary;
    const contactLanguage =
      debtor.contacts.find((contact) => contact.email.toLowerCase() === address?.toLowerCase())?.language ??
      null;
    return {
      debtorName: debtor.name,
      contactName: nameOf(address),
      to: address,
      contactLanguage,
      thread: null,
    };
  }
  const headers = parseMessageHeaders(message);
  const references = (headers.references ?? '').match(/<[^<>\s]+>/gu) ?? [];
  return {
    debtorName: debtor.name,
    contactName: nameOf(sender),
    to: sender,
    // An answer stays in the language the debtor wrote in.
    contactLanguage: null,
    thread: {
      threadId: message.conversation?.externalThreadId ?? null,
      inReplyTo: replyTargetOf(message.externalId),
      references,
      subject: message.subject ?? '',
    },
  };
}
