import { collectSlackUpdates } from './collect-slack-updates.ts';
import type { ConsoleHarness } from './start-console-harness.ts';

/**
 * One round of the Slack worker: what it sent, as Slack's API received it. `updates` is the
 * arguments of every chat.update of the round as one JSON text; `posts` the chat.postMessage
 * calls' arguments.
 */
export async function runSlackRound(h: ConsoleHarness): Promise<{
  updates: string;
  posts: Record<string, unknown>[];
}> {
  const posts = h.slack.api.callsTo('chat.postMessage').length;
  const updates = await collectSlackUpdates(h.slack);
  return {
    updates: JSON.stringify(updates),
    posts: h.slack.api
      .callsTo('chat.postMessage')
      .slice(posts)
      .map((call) => call.args),
  };
}
