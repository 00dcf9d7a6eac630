import { randomUUID } from 'node:crypto';
import {
  type Activity,
  ActivityHandler,
  ConversationState,
  MessageFactory,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { ChoicePrompt, DialogSet, type DialogState, TextPrompt } from 'botbuilder-dialogs';
import { answerFromStanding } from '../../domain/standing/answer-from-standing.ts';
import { detectPersonRequest } from '../../nlp/intent/detect-person-request.ts';
import { loadInvoiceStanding } from '../../prisma/ledger/load-invoice-standing.ts';
import { type ChatMessageRecord, recordChatMessage } from '../../prisma/messages/record-chat-message.ts';
import { processInboundMessages } from '../inbound/process-inbound-messages.ts';
import {
  CAPABILITIES_KEY,
  type ChatDeps,
  type ChatSession,
  SESSION_KEY,
  STANDING_KEY,
  sessionOf,
  standingOf,
  textsOf,
} from './chat-deps.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './dialogs/chat-dialog-ids.ts';
import { createDateValidator } from './dialogs/create-date-validator.ts';
import { createDisputeDialog } from './dialogs/create-dispute-dialog.ts';
import { createMenuDialog } from './dialogs/create-menu-dialog.ts';
import { createPaidDialog, validateReference } from './dialogs/create-paid-dialog.ts';
import { createPlanDialog } from './dialogs/create-plan-dialog.ts';
import { createPoDialog, validatePoNumber } from './dialogs/create-po-dialog.ts';
import { createPromiseDialog } from './dialogs/create-promise-dialog.ts';
import { ASKS_FOR_PERSON, chatInbound, handOffToPerson } from './hand-off-to-person.ts';
import { routeUnderstoodMessage } from './route-understood-message.ts';
import { tellStanding } from './tell-standing.ts';

/** Longest debtor message the bot takes in (the Direct Line endpoint refuses longer ones earlier). */
export const MAX_CHAT_TEXT = 2000;

/**
 * The payment page's chat bot, the same behind our Direct Line endpoint and behind Azure Bot
 * Service. It greets the debtor in their language naming the invoice, runs each free-text
 * message through the shared pipeline, and lets the matching dialog lead from there. Every turn,
 * the debtor's and its own, lands on the debtor's timeline as a chat Message.
 */
export function createChatBot(deps: ChatDeps, storage: Storage): ActivityHandler {
  // The chat's conversation row on the timeline, per chat conversation id (it never changes).
  const threads = new Map<string, string>();
  const record = async (session: ChatSession, fields: TimelineFields) => {
    const { messageId, threadId } = await recordChatMessage({
      prisma: deps.db.prisma,
      record: {
        debtorId: session.debtorId,
        invoiceId: session.invoiceId,
        chatConversationId: session.conversationId,
        at: deps.now(),
        ...fields,
      },
      threadId: threads.get(session.conversationId) ?? null,
    });
    if (threadId) {
      if (threads.size > 50_000) threads.clear();
      threads.set(session.conversationId, threadId);
    }
    return messageId;
  };
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs
    .add(new ChoicePrompt(PROMPT.choice))
    .add(new TextPrompt(PROMPT.text, async (p) => (p.recognized.value ?? '').trim().length > 0))
    .add(new TextPrompt(PROMPT.po, validatePoNumber))
    .add(new TextPrompt(PROMPT.promiseDate, createDateValidator(deps, 'promise')))
    .add(new TextPrompt(PROMPT.paidDate, createDateValidator(deps, 'paid')))
    .add(new TextPrompt(PROMPT.reference, validateReference))
    .add(createPlanDialog(deps))
    .add(createDisputeDialog(deps))
    .add(createPoDialog(deps))
    .add(createPromiseDialog(deps))
    .add(createPaidDialog(deps))
    .add(createMenuDialog(deps));

  const bot = new ActivityHandler();
  bot.onTurn(async (context, next) => {
    const session = await deps.resolveSession(context);
    if (!session) {
      deps.log(`chat: conversation ${context.activity.conversation?.id} is not bound to an invoice; ignored`);
      return;
    }
    context.turnState.set(SESSION_KEY, session);
    context.turnState.set(CAPABILITIES_KEY, deps.capabilities);
    // Read fresh every turn: finance (Slack), a payment or the e-mail channel may have changed it.
    context.turnState.set(
      STANDING_KEY,
      await loadInvoiceStanding({ prisma: deps.db.prisma, invoiceId: session.invoiceId }),
    );
    context.onSendActivities(async (_ctx, activities, send) => {
      const responses = await send();
      await (context.turnState.get(ANSWER_KEY) as Promise<string> | undefined);
      await recordBotTurns(
        (fields) => record(session, fields),
        activities,
        responses.map((r) => r?.id),
      );
      return responses;
    });
    await next();
  });

  bot.onMembersAdded(async (context, next) => {
    const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
    if (joined) {
      const session = sessionOf(context);
      const t = textsOf(context);
      const onFile = tellStanding(context, 'greeting');
      const hello = t.greeting({
        name: session.debtorName,
        invoice: session.invoiceNumber,
        amountCents: session.openCents,
        dueDate: session.dueDate,
      });
      const greeting = MessageFactory.suggestedActions(
        Object.values(t.menu),
        onFile ? `${hello}\n\n${onFile}` : hello,
      );
      await context.sendActivity(greeting);
    }
    await next();
  });

  bot.onMessage(async (context, next) => {
    await handleMessage(deps, context, dialogs, (fields) => record(sessionOf(context), fields));
    // A turn that sent nothing still finishes only when the debtor's answer is on the timeline.
    await (context.turnState.get(ANSWER_KEY) as Promise<string> | undefined);
    await next();
  });

  bot.onDialog(async (context, next) => {
    await conversationState.saveChanges(context, false);
    await next();
  });
  return bot;
}

/** The greeting's buttons, in the order of ChatTexts.menu (the last, a person, is a hand-off). */
const MENU_DIALOGS: readonly [string, object][] = [
  [DIALOG.plan, { proposalId: null, requestedCount: null, period: null, pendingInstalments: null }],
  [DIALOG.dispute, { proposalId: null, action: null }],
  [DIALOG.po, { proposalId: null, action: null, poNumber: null }],
  [DIALOG.promise, { proposalId: null, action: null, requiresApproval: false, promisedDate: null }],
  [DIALOG.paid, { proposalId: null, paidOn: null }],
  [DIALOG.menu, { proposalId: null, prompt: 'menuPrompt' }],
];

/** What a timeline entry needs besides the session (debtor, invoice, thread) and the time. */
type TimelineFields = Pick<ChatMessageRecord, 'direction' | 'externalId' | 'text' | 'kind'>;
type RecordOnTimeline = (fields: TimelineFields) => Promise<string>;

async function handleMessage(
  deps: ChatDeps,
  context: TurnContext,
  dialogs: DialogSet,
  record: RecordOnTimeline,
): Promise<void> {
  const session = sessionOf(context);
  const t = textsOf(context);
  const text = (context.activity.text ?? '').trim();
  if (!text) return;
  if (text.length > MAX_CHAT_TEXT) {
    await context.sendActivity(t.tooLong);
    return;
  }
  const dc = await dialogs.createContext(context);
  // A button word ("mens", "human") or a request in words ("kan iemand mij bellen?").
  if (ASKS_FOR_PERSON.test(text) || detectPersonRequest(text)) {
    await dc.cancelAllDialogs();
    await handOffToPerson(deps, context);
    return;
  }
  const menu = Object.values(t.menu).findIndex((label) => label.toLowerCase() === text.toLowerCase());
  if (dc.activeDialog || menu >= 0) {
    // An answer to the bot's question (or a menu button): on the timeline, not a new reason to classify.
    const answer = record({
      direction: 'inbound',
      externalId: context.activity.id ?? randomUUID(),
      text,
      kind: 'answer',
    });
    // Not awaited here: the reply does not wait for the timeline insert (a dialog that needs the
    // id awaits it, and so does the recording of the bot's reply, which keeps the timeline in order).
    answer.catch(() => undefined);
    context.turnState.set(ANSWER_KEY, answer);
    if (dc.activeDialog) {
      await dc.continueDialog();
      return;
    }
    await dc.beginDialog(...MENU_DIALOGS[menu]!);
    return;
  }
  // One chat turn is a chunk of one.
  const processed = (
    await processInboundMessages({
      prisma: deps.db.prisma,
      items: [
        {
          message: chatInbound(context, session.debtorId, session.invoiceId, deps.now()),
          actor: `chat:${session.debtorId}`,
          // A question about the plan, request or dispute on file is answered from it, not asked again.
          revise: (proposal) => answerFromStanding(proposal, standingOf(context)),
        },
      ],
      policy: deps.policy,
      ...(deps.understand ? { understand: deps.understand } : {}),
      now: deps.now(),
    })
  )[0]!;
  // The client sent the same activity again: its answer went out the first time.
  if (processed.outcome === 'duplicate') return;
  context.turnState.set(ANSWER_KEY, Promise.resolve(processed.messageId));
  await routeUnderstoodMessage(deps, context, dc, processed);
}

async function recordBotTurns(
  record: RecordOnTimeline,
  activities: Partial<Activity>[],
  ids: (string | undefined)[],
): Promise<void> {
  for (const [index, activity] of activities.entries()) {
    if (activity.type !== 'message' || !activity.text) continue;
    const buttons = activity.suggestedActions?.actions?.map((action) => action.title).filter(Boolean) ?? [];
    await record({
      direction: 'outbound',
      externalId: `bot:${ids[index] ?? randomUUID()}`,
      text: buttons.length > 0 ? `${activity.text}\n[${buttons.join(' | ')}]` : activity.text,
      kind: 'bot',
    });
  }
}
