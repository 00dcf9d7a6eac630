import type { TurnContext } from 'botbuilder';
import { verifyPaymentLinkToken } from '../../channels/web/payment-link-token.ts';
import type { DirectLineStore } from '../../prisma/chat-state/create-directline-store.ts';
import { loadChatInvoice } from '../../prisma/ledger/load-chat-invoice.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { ChatSession } from './chat-deps.ts';

/** Prefix of a Bot Connector user id that carries a payment link token (Azure Direct Line with a bound user id). */
export const LINK_USER_PREFIX = 'pl_';

/**
 * Finds which debtor and invoice a turn belongs to. On our Direct Line endpoint the conversation
 * was bound to the invoice when its token was generated from the payment link. Behind Azure,
 * the page asks Azure for a token with the user id "pl_<payment link token>", which Azure then
 * enforces as from.id, so the link token is checked here. Sessions are cached briefly: the
 * binding never changes, and the amounts shown in the greeting may be a few seconds old.
 */
export function createSessionResolver({
  db,
  store,
  paymentLinkSecret,
  now = () => new Date(),
  ttlMs = 30_000,
}: {
  db: Database;
  store: DirectLineStore;
  paymentLinkSecret: string;
  now?: () => Date;
  ttlMs?: number;
}): (context: TurnContext) => Promise<ChatSession | null> {
  const cache = new Map<string, { session: ChatSession; at: number }>();
  return async (context) => {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return null;
    // Keyed by user too: a session found through a link-bound user id belongs to that user only.
    const key = `${conversationId}\n${context.activity.from?.id ?? ''}`;
    const cached = cache.get(key);
    if (cached && now().getTime() - cached.at < ttlMs) return cached.session;
    let invoiceId: string | null = null;
    const conversation = await store.findConversation(conversationId);
    if (conversation) invoiceId = conversation.invoiceId;
    else {
      const userId = context.activity.from?.id ?? '';
      if (userId.startsWith(LINK_USER_PREFIX)) {
        const check = verifyPaymentLinkToken(paymentLinkSecret, userId.slice(LINK_USER_PREFIX.length), now());
        if (check.ok) invoiceId = check.invoiceId;
      }
    }
    if (!invoiceId) return null;
    const invoice = await loadChatInvoice({ prisma: db.prisma, invoiceId });
    if (!invoice) return null;
    const session: ChatSession = {
      conversationId,
      debtorId: invoice.debtorId,
      invoiceId: invoice.invoiceId,
      debtorName: invoice.debtorName,
      language: invoice.language === 'nl' ? 'nl' : 'en',
      invoiceNumber: invoice.number,
      openCents: invoice.openCents,
      dueDate: invoice.dueDate,
    };
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { session, at: now().getTime() });
    return session;
  };
}
