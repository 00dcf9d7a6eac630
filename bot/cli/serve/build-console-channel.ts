import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { createRateLimiter } from '../../../channels/http/create-rate-limiter.ts';
import { parseTrustedProxies } from '../../../channels/http/parse-trusted-proxies.ts';
import { resolveClientAddress } from '../../../channels/http/resolve-client-address.ts';
import { ZAccountOwners } from '../../../channels/slack/read-slack-config.ts';
import type { ConsoleDeps } from '../../console/console-deps.ts';
import { createConsoleRoutes } from '../../console/create-console-routes.ts';
import { createOidcSignIn } from '../../console/create-oidc-sign-in.ts';
import { describeConfiguration } from '../../console/describe-configuration.ts';
import { readConsoleConfig } from '../../console/read-console-config.ts';
import { type DunningInputs, readDunningInputs } from '../../dunning/read-dunning-inputs.ts';
import { listScheduledJobs } from '../../schedule/list-scheduled-jobs.ts';
import type { ChannelDeps, ChannelParts } from '../../server/channel-contracts.ts';

/**
 * The staff console for `collections serve`, at /console. Off (with a log line) while
 * CONSOLE_BASE_URL is unset. openid-client is loaded on the first sign-in, not here.
 */
export async function buildConsoleChannel(deps: ChannelDeps & { now?: () => Date }): Promise<ChannelParts> {
  const config = readConsoleConfig(deps.env);
  if (!config) {
    deps.log(
      'console: off (set CONSOLE_BASE_URL and a way to sign in to serve /console; see README, Staff console)',
    );
    return { services: [], routes: [] };
  }
  const email = config.signInLinks ? readEmailConfig(deps.env) : null;
  const sender = email?.smtp ? createSmtpSender(email.smtp) : null;
  const proxies = parseTrustedProxies(deps.env.TRUSTED_PROXIES);
  // Slack refuses to start on a malformed SLACK_ACCOUNT_OWNERS; the console only loses the mapping.
  const owners = ZAccountOwners.safeParse(deps.env.SLACK_ACCOUNT_OWNERS ?? '');
  let letters: DunningInputs | null = null;
  const consoleDeps: ConsoleDeps = {
    db: deps.db,
    policy: deps.config.policy,
    config,
    companyName: deps.config.companyName,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
    oidc: config.oidc
      ? createOidcSignIn({ settings: config.oidc, redirectUri: `${config.baseUrl}/console/auth/callback` })
      : null,
    mailer: sender && email?.from ? { from: email.from, sender, email } : null,
    linkLimiters: {
      address: createRateLimiter({ limit: 5, windowMs: 15 * 60_000 }),
      client: createRateLimiter({ limit: 30, windowMs: 15 * 60_000 }),
    },
    accountOwners: owners.success ? owners.data : new Map(),
    slackFinanceChannel: deps.env.SLACK_FINANCE_CHANNEL?.trim() || null,
    health: {
      configuration: describeConfiguration(deps.env),
      jobs: listScheduledJobs({ env: deps.env, config: deps.config }),
    },
    letters: () => {
      letters ??= readDunningInputs({ env: deps.env, config: deps.config, db: deps.db, log: deps.log });
      return letters;
    },
  };
  deps.log(
    `console: ${config.baseUrl}/console; sign-in ${[config.oidc ? `with ${config.oidc.providerName} (${config.oidc.issuer.origin})` : '', consoleDeps.mailer ? 'by e-mail link' : ''].filter(Boolean).join(' or ')}; idle timeout ${config.idleMs / 60_000} min`,
  );
  return {
    services: sender
      ? [{ name: 'console-mail', start: async () => undefined, stop: async () => sender.close() }]
      : [],
    routes: createConsoleRoutes(consoleDeps, {
      clientOf: (request) => resolveClientAddress(request, proxies),
    }),
  };
}
