import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../server/slack-deps.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

type SlackView = Parameters<App['client']['views']['open']>[0]['view'];

/**
 * Opens a form (a modal) for the person who clicked. Slack's trigger id expires within seconds,
 * so the modal cannot wait in the outbox: when Slack refuses it, the failure is logged and the
 * clicker is told, through the outbox, to click `button` again.
 */
export async function openSlackForm({
  deps,
  body,
  client,
  view,
  button,
}: {
  deps: Pick<SlackDeps, 'db' | 'log'>;
  body: BlockButtonAction;
  client: App['client'];
  view: SlackView;
  button: string;
}): Promise<void> {
  try {
    await client.views.open({ trigger_id: body.trigger_id, view });
  } catch (error) {
    deps.log(`slack: views.open failed: ${(error as Error).message}`);
    await queueEphemeral({
      db: deps.db,
      channel: body.channel?.id,
      user: body.user.id,
      text: `Slack could not open the form just now. Click ${button} again in a moment.`,
      key: body.trigger_id,
    });
  }
}
