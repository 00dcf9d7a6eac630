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
  const updates = h.slack.api.callsTo('chat.update').length;
  const posts = h.slack.api.callsTo('chat.postMessage').length;
  await h.slack.runtime.runOnce();
  return {
    updates: JSON.stringify(
      h.slack.api
        .callsTo('chat.update')
        .slice(updates)
        .map((call) => call.args),
    ),
    posts: h.slack.api
      .callsTo('chat.postMessage')
      .slice(posts)
      .map((call) => call.args),
  };
}
