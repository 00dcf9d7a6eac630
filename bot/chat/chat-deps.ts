import type { TurnContext } from 'botbuilder';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { Understand } from '../pipeline/process-inbound-message.ts';

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
}

export const SESSION_KEY = Symbol('collections.chatSession');

export function sessionOf(context: TurnContext): ChatSession {
  const session = context.turnState.get(SESSION_KEY) as ChatSession | undefined;
  if (!session) throw new Error('chat session missing from the turn state');
  return session;
}
