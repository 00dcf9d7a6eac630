import { createChatRuntime } from '../../chat/create-chat-runtime.ts';
import { readChatConfig } from '../../chat/read-chat-config.ts';
import type { ChannelBuildDeps, ChannelParts } from '../../server/channel-contracts.ts';

/** The payment page's chat for `collections serve`; nothing when PAYMENT_LINK_SECRET is unset. */
export async function buildChatChannel(deps: ChannelBuildDeps): Promise<ChannelParts> {
  const config = readChatConfig(deps.env);
  if (!config) return { services: [], routes: [] };
  const runtime = createChatRuntime({
    db: deps.db,
    config,
    policy: deps.config.policy,
    log: deps.log,
    capabilities: deps.capabilities,
  });
  deps.log(
    `chat: Direct Line at /v3/directline${config.botFramework ? `, Bot Framework at POST /api/messages (app ${config.botFramework.appId})` : ''}`,
  );
  return { services: runtime.services, routes: runtime.routes };
}
