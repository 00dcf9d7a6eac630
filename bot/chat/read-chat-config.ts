import { z } from 'zod';
import { deriveDirectLineSecret } from '../../channels/directline/directline-token.ts';
import { parseTrustedProxies, type TrustedProxies } from '../../channels/http/parse-trusted-proxies.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../domain/settings/parse-env-settings.ts';

export interface ChatConfig {
  readonly paymentLinkSecret: string;
  readonly directLineSecret: string;
  readonly tokenTtlSeconds: number;
  readonly ratePerTokenPerMinute: number;
  readonly ratePerAddressPerMinute: number;
  readonly trustedProxies: TrustedProxies;
  /** New chats (Direct Line tokens) per payment link, per window. */
  readonly tokensPerLink: { readonly limit: number; readonly windowMs: number };
  readonly noticeIntervalMs: number;
  /** Bot Framework (Azure Bot Service) credentials; null: POST /api/messages is not mounted. */
  readonly botFramework: {
    readonly appId: string;
    readonly appPassword: string;
    readonly tenantId: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  } | null;
}

const ZChatEnv = z.object({
  PAYMENT_LINK_SECRET: z
    .string()
    .min(32, 'use at least 32 characters, e.g. the output of `openssl rand -hex 32`'),
  DIRECTLINE_TOKEN_SECRET: z
    .string()
    .min(32, 'expected a random secret of at least 32 characters')
    .optional(),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  CHAT_TOKENS_PER_LINK: z.coerce.number().int().min(1).max(10_000).default(20),
  CHAT_TOKENS_PER_LINK_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  TRUSTED_PROXIES: z.string().optional(),
  CHAT_NOTICE_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
});

/**
 * The chat's settings; null (no chat) when PAYMENT_LINK_SECRET is unset, since the chat opens
 * only from a payment link. The Direct Line token secret defaults to one derived from the
 * payment-link secret under its own label; set DIRECTLINE_TOKEN_SECRET to rotate them apart.
 */
export function readChatConfig(env: NodeJS.ProcessEnv): ChatConfig | null {
  if (!env.PAYMENT_LINK_SECRET) return null;
  const v = parseEnvSettings({ env, schema: ZChatEnv, what: 'chat configuration' });
  if (v.MICROSOFT_APP_ID && !v.MICROSOFT_APP_PASSWORD && v.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    throw new AppError(
      'CONFIG_INVALID',
      'MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (the client secret of the bot’s app registration).',
    );
  }
  return {
    paymentLinkSecret: v.PAYMENT_LINK_SECRET,
    directLineSecret: v.DIRECTLINE_TOKEN_SECRET ?? deriveDirectLineSecret(v.PAYMENT_LINK_SECRET),
    tokenTtlSeconds: v.DIRECTLINE_TOKEN_TTL_SECONDS,
    ratePerTokenPerMinute: v.CHAT_RATE_LIMIT_PER_MINUTE,
    ratePerAddressPerMinute: v.CHAT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    trustedProxies: parseTrustedProxies(v.TRUSTED_PROXIES),
    tokensPerLink: {
      limit: v.CHAT_TOKENS_PER_LINK,
      windowMs: v.CHAT_TOKENS_PER_LINK_WINDOW_MINUTES * 60_000,
    },
    noticeIntervalMs: v.CHAT_NOTICE_INTERVAL_MS,
    botFramework: v.MICROSOFT_APP_ID
      ? {
          appId: v.MICROSOFT_APP_ID,
          appPassword: v.MICROSOFT_APP_PASSWORD ?? '',
          tenantId: v.MICROSOFT_APP_TENANT_ID ?? '',
          appType: v.MICROSOFT_APP_TYPE,
        }
      : null,
  };
}
