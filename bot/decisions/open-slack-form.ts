import type { App, BlockButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../server/slack-deps.ts';

type SlackView = Parameters<App['client']['views']['open']>[0]['view'];

/**
 * Opens a form (a modal) for the person who clicked. Slack's trigger id expires within seconds,
 * so the modal cannot wait in the outbox: when Slack refuses it, the failure is logged and this
 * returns the note for the clicker (click `button` again), which the handler tells them; null
 * when the form opened.
 */
export async function openSlackForm({
  deps,
  body,
  client,
  view,
  button,
}: {
  deps: Pick<SlackDeps, 'log'>;
  body: BlockButtonAction;
  client: App['client'];
  view: SlackView;
  button: string;
}): Promise<string | null> {
  try {
    await client.views.open({ trigger_id: body.trigger_id, view });
    return null;
  } catch (error) {
    deps.log(`slack: views.open failed: ${(error as Error).message}`);
    return `Slack could not open the form just now. Click ${button} again in a moment.`;
  }
}
