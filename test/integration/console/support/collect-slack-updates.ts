import type { SlackHarness } from '../../slack/support/start-slack-harness.ts';

/**
 * Runs one round of the Slack worker and returns the arguments of the chat.update calls it made:
 * how Slack's messages now show what was decided in the console.
 */
export async function collectSlackUpdates(slack: SlackHarness): Promise<Record<string, unknown>[]> {
  const before = slack.api.callsTo('chat.update').length;
  await slack.runtime.runOnce();
  return slack.api
    .callsTo('chat.update')
    .slice(before)
    .map((call) => call.args);
}
