import { createRateLimiter } from '../../../channels/http/create-rate-limiter.ts';
import { createMollieProvider } from '../../../channels/payments/create-mollie-provider.ts';
import { readPaymentPageConfig } from '../../../channels/web/read-payment-page-config.ts';
import type { PaymentProvider } from '../../../domain/payments/payment-provider.ts';
import { createPaymentPageRoutes } from '../../payments/create-payment-page-routes.ts';
import type { PageDeps } from '../../payments/page-deps.ts';
import type { ChannelDeps, ChannelParts } from '../../server/channel-contracts.ts';

/**
 * The payment page for `collections serve`: /pay/<token>, its PDF and checkout, Mollie's
 * webhook and the page's assets. Off (with a log line) while PAYMENT_LINK_SECRET is unset;
 * without MOLLIE_API_KEY the page shows the invoice and bank details but no pay button.
 */
export async function buildPaymentPageChannel(
  deps: ChannelDeps & { provider?: PaymentProvider; now?: () => Date },
): Promise<ChannelParts> {
  const config = readPaymentPageConfig(deps.env);
  if (!config) {
    deps.log('payment page: off (set PAYMENT_LINK_SECRET and PUBLIC_BASE_URL to serve /pay/<token>)');
    return { services: [], routes: [] };
  }
  const provider =
    deps.provider ??
    (config.mollie
      ? createMollieProvider({ apiKey: config.mollie.apiKey, apiEndpoint: config.mollie.apiUrl })
      : null);
  const perMinute = config.rateLimitPerMinute;
  const page: PageDeps = {
    prisma: deps.db.prisma,
    config,
    provider,
    companyName: deps.config.companyName,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
    limits: {
      token: createRateLimiter({ limit: perMinute }),
      address: createRateLimiter({ limit: perMinute * 2 }),
      webhook: createRateLimiter({ limit: perMinute * 10 }),
    },
  };
  const proxies = config.trustedProxies.entries;
  deps.log(
    `payment page: ${config.publicBaseUrl}/pay/<token>${provider ? `, payments through ${provider.name}` : ', no online payment (MOLLIE_API_KEY unset)'}; ${proxies.length > 0 ? `client addresses from X-Forwarded-For behind ${proxies.join(', ')}` : 'X-Forwarded-For ignored (TRUSTED_PROXIES unset)'}`,
  );
  return { services: [], routes: createPaymentPageRoutes(page) };
}
