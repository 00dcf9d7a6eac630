import type { TurnContext } from 'botbuilder';
import type { Understand } from '../../domain/messages/understanding.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { InvoiceStanding } from '../../domain/standing/invoice-standing.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { ChannelCapabilities } from '../server/read-channel-capabilities.ts';
import { type ChatTexts, textsFor } from './chat-texts.ts';

/** Who the chat is talking to and about which invoice: known from the token, never from the debtor's words. */
export interface ChatSession {
  /** The chat's thread id (the Direct Line or Bot Connector conversation id). */
  readonly conversationId: string;
  readonly debtorId: string;
  readonly invoiceId: string;
  readonly debtorName: string;
  readonly language: 'nl' | 'en';
  readonly invoiceNumber: string;
  readonly openCents: number;
  readonly dueDate: string;
}

export interface ChatDeps {
  readonly db: Database;
  readonly policy: CollectionsPolicy;
  /** Finds the session of a turn; null when the conversation is not bound to an invoice. */
  readonly resolveSession: (context: TurnContext) => Promise<ChatSession | null>;
  readonly understand?: Understand;
  readonly log: (line: string) => void;
  readonly now: () => Date;
  /** What the installation can do; the texts promise nothing beyond it. */
  readonly capabilities: ChannelCapabilities;
}

export const SESSION_KEY = Symbol('collections.chatSession');
/** The invoice's standing (plan, dispute, pending request), read when the turn starts. */
export const STANDING_KEY = Symbol('collections.chatStanding');
const TEXTS_KEY = Symbol('collections.chatTexts');

export function sessionOf(context: TurnContext): ChatSession {
  const session = context.turnState.get(SESSION_KEY) as ChatSession | undefined;
  if (!session) throw new Error('chat session missing from the turn state');
  return session;
}

export function standingOf(context: TurnContext): InvoiceStanding {
  const standing = context.turnState.get(STANDING_KEY) as InvoiceStanding | undefined;
  if (!standing) throw new Error('invoice standing missing from the turn state');
  return standing;
}

/** The texts for this turn: the debtor's language and what the installation can do. */
export function textsOf(context: TurnContext): ChatTexts {
  const cached = context.turnState.get(TEXTS_KEY) as ChatTexts | undefined;
  if (cached) return cached;
  const capabilities = context.turnState.get(CAPABILITIES_KEY) as ChannelCapabilities | undefined;
  if (!capabilities) throw new Error('chat capabilities missing from the turn state');
  const texts = textsFor(sessionOf(context).language, capabilities);
  context.turnState.set(TEXTS_KEY, texts);
  return texts;
}

export const CAPABILITIES_KEY = Symbol('collections.chatCapabilities');
