import { z } from 'zod';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';

/** Slack user ids (U…/W…) and user group ids (S…), comma or space separated. */
const ZIdList = z
  .string()
  .transform((text) => text.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^[UWS][A-Z0-9]+$/,
          'expected Slack user ids (U…, W…) or user group ids (S…), comma separated',
        ),
    ),
  );

/**
 * Account owner (as written in Debtor.accountOwner, e.g. an e-mail or a name) to Slack user id:
 * JSON `{"anna@example.com":"U123"}` or `anna@example.com=U123,bob=U456`.
 */
export const ZAccountOwners = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  let pairs: [string, string][];
  if (trimmed.startsWith('{')) {
    try {
      pairs = Object.entries(JSON.parse(trimmed) as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
  } else {
    pairs = trimmed
      .split(',')
      .filter((part) => part.trim())
      .map((part) => {
        const at = part.lastIndexOf('=');
        return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
      });
  }
  const bad = pairs.filter(([owner, user]) => !owner || !/^[UW][A-Z0-9]+$/.test(user));
  if (bad.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `expected owner=U123 pairs or a JSON object of owner to Slack user id; bad entries: ${bad.map((pair) => pair.join('=')).join(', ')}`,
    });
    return z.NEVER;
  }
  return new Map(pairs.map(([owner, user]) => [owner.toLowerCase(), user]));
});

const ZSlackEnv = z
  .object({
    SLACK_SIGNING_SECRET: z
      .string()
      .min(8, 'expected the signing secret from the Slack app settings (Basic Information)')
      .optional(),
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'expected a bot token starting with xoxb-'),
    SLACK_API_URL: z.url().default('https://slack.com/api/'),
    SLACK_FINANCE_CHANNEL: z.string().min(1, 'expected a channel id such as C0123456'),
    SLACK_SALES_CHANNEL: z.string().min(1, 'expected a channel id such as C0123456'),
    SLACK_FINANCE_APPROVERS: ZIdList,
    SLACK_SALES_USERS: ZIdList,
    SLACK_ACCOUNT_OWNERS: ZAccountOwners.default(new Map()),
    SLACK_SOCKET_MODE: z
      .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
      .transform((value) => value === 'true' || value === '1')
      .default(false),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-/, 'expected an app-level token starting with xapp-')
      .optional(),
    DISPUTE_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(5),
    SLACK_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  })
  .refine((env) => !env.SLACK_SOCKET_MODE || env.SLACK_APP_TOKEN, {
    path: ['SLACK_APP_TOKEN'],
    message:
      'Socket Mode needs an app-level token (xapp-…) with the connections:write scope (Basic Information → App-Level Tokens)',
  })
  // Over HTTP every request is checked against the signing secret; Socket Mode is authenticated by the app token.
  .refine((env) => env.SLACK_SOCKET_MODE || env.SLACK_SIGNING_SECRET, {
    path: ['SLACK_SIGNING_SECRET'],
    message: 'required for the HTTP endpoint (or set SLACK_SOCKET_MODE=true with SLACK_APP_TOKEN)',
  })
  .refine((env) => env.SLACK_SOCKET_MODE || !env.SLACK_APP_TOKEN, {
    path: ['SLACK_SOCKET_MODE'],
    message:
      'SLACK_APP_TOKEN is set but SLACK_SOCKET_MODE is not true: set SLACK_SOCKET_MODE=true to use it, or unset it',
  });

export interface SlackConfig {
  /** null in Socket Mode, where requests arrive over the app's own WebSocket. */
  readonly signingSecret: string | null;
  readonly botToken: string;
  /** Slack's Web API base URL; tests point it at a loopback server. */
  readonly apiUrl: string;
  readonly financeChannel: string;
  readonly salesChannel: string;
  /** User ids and user group ids who may approve plans. */
  readonly financeApprovers: readonly string[];
  /** User ids and user group ids who may take and resolve disputes. */
  readonly salesUsers: readonly string[];
  /** Lower-cased account owner to Slack user id. */
  readonly accountOwners: ReadonlyMap<string, string>;
  /** Receive events over a WebSocket the app opens (no public URL needed) instead of POST /slack/events. */
  readonly socketMode: boolean;
  /** xapp-… app-level token; set exactly when socketMode is. */
  readonly appToken: string | null;
  readonly disputeStaleDays: number;
  readonly outboxIntervalMs: number;
}

/**
 * Slack settings from the environment. Returns null when Slack is not set up (neither the signing
 * secret nor the bot token given), so `serve` runs without it; a half-done setup fails loudly.
 * HTTP mode needs SLACK_SIGNING_SECRET; Socket Mode needs SLACK_SOCKET_MODE=true and SLACK_APP_TOKEN.
 */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | null {
  const cleaned = Object.fromEntries(
    Object.entries(env)
      .filter(([key]) => key.startsWith('SLACK_') || key === 'DISPUTE_STALE_DAYS')
      .map(([key, value]) => [key, value?.trim() === '' ? undefined : value?.trim()]),
  );
  if (!cleaned.SLACK_SIGNING_SECRET && !cleaned.SLACK_BOT_TOKEN) return null;
  const v = parseEnvSettings({
    env: cleaned,
    schema: ZSlackEnv,
    what: 'Slack configuration',
    hint: 'Set these in the environment (see .env.example), or unset SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to run without Slack.',
  });
  return {
    signingSecret: v.SLACK_SIGNING_SECRET ?? null,
    botToken: v.SLACK_BOT_TOKEN,
    apiUrl: v.SLACK_API_URL.endsWith('/') ? v.SLACK_API_URL : `${v.SLACK_API_URL}/`,
    financeChannel: v.SLACK_FINANCE_CHANNEL,
    salesChannel: v.SLACK_SALES_CHANNEL,
    financeApprovers: v.SLACK_FINANCE_APPROVERS,
    salesUsers: v.SLACK_SALES_USERS,
    accountOwners: v.SLACK_ACCOUNT_OWNERS,
    socketMode: v.SLACK_SOCKET_MODE,
    appToken: v.SLACK_APP_TOKEN ?? null,
    disputeStaleDays: v.DISPUTE_STALE_DAYS,
    outboxIntervalMs: v.SLACK_OUTBOX_INTERVAL_MS,
  };
}
