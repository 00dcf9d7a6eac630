import {
  type Activity,
  ActivityTypes,
  BotAdapter,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import type { DirectLineActivity } from '../../channels/directline/directline-types.ts';

export const DIRECTLINE_BOT = { id: 'collections-bot', name: 'Collections' } as const;

/**
 * The bot's side of our own Direct Line endpoint: a botbuilder BotAdapter whose sendActivities
 * appends to the conversation's activity log (and so reaches open streams and later polls), and
 * whose continueConversation lets notices be sent proactively. Turns of one conversation run
 * one after another, so dialog state is never written by two turns at once.
 */
export class DirectLineBotAdapter extends BotAdapter {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly deliver: (
      conversationId: string,
      activity: DirectLineActivity,
    ) => Promise<{ id: string }>,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
  }

  /** Runs the bot for one activity from the endpoint. */
  processActivity(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    return this.serialise(conversationId, () => this.runMiddleware(new TurnContext(this, activity), logic));
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) =>
          setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000),
        );
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse || activity.type === 'trace') {
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const outgoing: DirectLineActivity = {
        ...(JSON.parse(JSON.stringify(activity)) as DirectLineActivity),
        type: activity.type ?? ActivityTypes.Message,
        channelId: 'directline',
        conversation: { id: conversationId },
        from: { id: DIRECTLINE_BOT.id, name: DIRECTLINE_BOT.name, role: 'bot' },
        recipient: activity.recipient ?? context.activity.from,
        timestamp: this.now().toISOString(),
        // Plain text: Web Chat renders markdown otherwise, and a debtor's name or words are not markup.
        ...(activity.type === ActivityTypes.Message ? { textFormat: activity.textFormat ?? 'plain' } : {}),
      };
      delete outgoing.id;
      delete outgoing.serviceUrl;
      responses.push(await this.deliver(conversationId, outgoing));
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('The Direct Line endpoint does not update activities.');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('The Direct Line endpoint does not delete activities.');
  }

  async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const event = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      reference,
      true,
    );
    await this.serialise(reference.conversation?.id ?? '', () =>
      this.runMiddleware(new TurnContext(this, event), logic),
    );
  }

  private serialise(conversationId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.queues.set(conversationId, next);
    void next
      .finally(() => {
        if (this.queues.get(conversationId) === next) this.queues.delete(conversationId);
      })
      .catch(() => undefined);
    return next;
  }
}
