import type { ChannelBuildDeps, ChannelDeps, ChannelParts } from '../../server/channel-contracts.ts';
import { NO_STAFF_CHANNEL_WARNING, readChannelCapabilities } from '../../server/read-channel-capabilities.ts';
import type { HttpRoute, Service } from '../../server/service.ts';
import { buildChatChannel } from './build-chat-channel.ts';
import { buildConsoleChannel } from './build-console-channel.ts';
import { buildEmailChannel } from './build-email-channel.ts';
import { buildLedgerChannel } from './build-ledger-channel.ts';
import { buildLedgerSync } from './build-ledger-sync.ts';
import { buildPaymentPageChannel } from './build-payment-page-channel.ts';
import { buildSlackChannel } from './build-slack-channel.ts';

/**
 * Each channel (email, Slack, payment page, chat, the staff console and the ledger's sign-in callback) contributes its workers and HTTP routes
 * here. A channel reads its own settings from the environment and contributes nothing when it
 * is not configured, so `collections serve` runs with whatever is set up.
 */
const CHANNELS: readonly ((deps: ChannelBuildDeps) => Promise<ChannelParts>)[] = [
  buildEmailChannel,
  buildSlackChannel,
  buildPaymentPageChannel,
  buildChatChannel,
  buildConsoleChannel,
  buildLedgerChannel,
  buildLedgerSync,
];

export async function buildChannels(deps: ChannelDeps): Promise<ChannelParts> {
  const services: Service[] = [];
  const routes: HttpRoute[] = [];
  const capabilities = readChannelCapabilities(deps.env);
  if (!capabilities.staffChannel) deps.log(NO_STAFF_CHANNEL_WARNING);
  for (const build of CHANNELS) {
    const parts = await build({ ...deps, capabilities });
    services.push(...parts.services);
    routes.push(...parts.routes);
  }
  return { services, routes };
}
