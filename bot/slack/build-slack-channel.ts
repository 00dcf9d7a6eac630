import { readSlackConfig } from '../../channels/slack/read-slack-config.ts';
import type { ChannelDeps, ChannelParts } from '../server/build-channels.ts';
import { createSlackRuntime } from './create-slack-runtime.ts';

/** The Slack channel for `collections serve`; nothing when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are unset. */
export async function buildSlackChannel(deps: ChannelDeps): Promise<ChannelParts> {
  const config = readSlackConfig(deps.env);
  if (!config) return { services: [], routes: [] };
  const runtime = createSlackRuntime({ db: deps.db, config, policy: deps.config.policy, log: deps.log });
  deps.log(
    `slack: ${config.socketMode ? 'Socket Mode' : `POST ${runtime.routes[0]?.path}`}, finance ${config.financeChannel}, sales ${config.salesChannel}`,
  );
  return { services: runtime.services, routes: runtime.routes };
}
