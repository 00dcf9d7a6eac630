import type { RateLimiter } from '../../channels/http/create-rate-limiter.ts';
import type { PaymentPageConfig } from '../../channels/web/read-payment-page-config.ts';
import type { PaymentProvider } from '../../domain/payments/payment-provider.ts';
import type { Database } from '../../prisma/open-database.ts';

/** What the payment page's handlers share; built once by buildPaymentPageChannel. */
export interface PageDeps {
  readonly prisma: Database['prisma'];
  readonly config: PaymentPageConfig;
  /** null: no online payment (MOLLIE_API_KEY unset). */
  readonly provider: PaymentProvider | null;
  readonly companyName: string;
  readonly log: (line: string) => void;
  readonly now: () => Date;
  readonly limits: {
    /** Requests per link token. */
    readonly token: RateLimiter;
    /** Requests per client address (before the token is even checked, against guessing). */
    readonly address: RateLimiter;
    /** Provider webhook calls per address (Mollie sends bursts). */
    readonly webhook: RateLimiter;
  };
}
