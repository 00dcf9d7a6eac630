import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { readSlackConfig } from '../../../channels/slack/read-slack-config.ts';
import { readLetterSettings } from '../../letters/read-letter-settings.ts';
import type { ChannelDeps, ChannelParts } from '../../server/channel-contracts.ts';
import { createSlackRuntime } from './create-slack-runtime.ts';

/** The Slack channel for `collections serve`; nothing when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are unset. */
export async function buildSlackChannel(deps: ChannelDeps): Promise<ChannelParts> {
  const config = readSlackConfig(deps.env);
  if (!config) return { services: [], routes: [] };
  // Decisions carried out in Slack tell the debtor by e-mail through the e-mail outbox.
  const email = readEmailConfig(deps.env);
  const runtime = createSlackRuntime({
    db: deps.db,
    config,
    policy: deps.config.policy,
    log: deps.log,
    email: {
      prisma: deps.db.prisma,
      email,
      policy: deps.config.policy,
      companyName: deps.config.companyName,
      letters: readLetterSettings(deps.env, deps.config),
      interestTable: deps.config.interestRates,
      log: deps.log,
    },
  });
  deps.log(
    `slack: ${config.socketMode ? 'Socket Mode' : `POST ${runtime.routes[0]?.path}`}, finance ${config.financeChannel}, sales ${config.salesChannel}`,
  );
  return { services: runtime.services, routes: runtime.routes };
}
