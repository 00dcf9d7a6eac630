import type { TurnContext } from 'botbuilder';
import type { InboundMessage } from '../../domain/messages/inbound-message.ts';
import type { Understand } from '../../domain/messages/understanding.ts';
import { understandMessage } from '../../nlp/understand-message.ts';
import { processInboundMessages } from '../inbound/process-inbound-messages.ts';
import type { ChatDeps } from './chat-deps.ts';
import { sessionOf, textsOf } from './chat-deps.ts';

/** "mens", "medewerker", "human", "agent", "person": the debtor wants a person, whatever the dialog was doing. */
export const ASKS_FOR_PERSON = /\b(mens|medewerker|persoon|human|agent|person)\b/iu;

/**
 * The debtor asked for a person. Their words still go through the shared pipeline (stored,
 * classified as they are), but marked as asking for a person, so the policy proposes a human
 * review with a short dunning pause and the message reaches Slack for triage; the debtor is told someone will answer.
 */
export async function handOffToPerson(deps: ChatDeps, context: TurnContext): Promise<void> {
  const session = sessionOf(context);
  const base: Understand = deps.understand ?? (async (input) => understandMessage(input));
  const askedForPerson: Understand = async (input) => {
    const understood = await base(input);
    return {
      ...understood,
      askedForPerson: true,
      explanation: { ...understood.explanation, note: 'the debtor asked for a person in the chat' },
    };
  };
  await processInboundMessages({
    prisma: deps.db.prisma,
    items: [
      {
        message: chatInbound(context, session.debtorId, session.invoiceId, deps.now()),
        actor: `chat:${session.debtorId}`,
      },
    ],
    policy: deps.policy,
    understand: askedForPerson,
    now: deps.now(),
  });
  await context.sendActivity(textsOf(context).handedToPerson);
}

export function chatInbound(
  context: TurnContext,
  debtorId: string,
  invoiceId: string,
  receivedAt: Date,
): InboundMessage {
  return {
    channel: 'chat',
    externalId: context.activity.id ?? `${context.activity.conversation.id}|${receivedAt.getTime()}`,
    debtorId,
    invoiceId,
    // The conversation was opened with the signed link token of this debtor's invoice.
    senderAuthority: 'payment_link',
    thread: { externalThreadId: context.activity.conversation.id, subject: null },
    from: null,
    to: null,
    subject: null,
    text: context.activity.text ?? '',
    headers: null,
    receivedAt,
  };
}
