import { createMollieClient, Locale, MollieApiError, type PaymentMethod } from '@mollie/api-client';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseMajorUnits, toMajorUnits } from '../../domain/money.ts';
import type {
  CreateProviderPayment,
  PaymentProvider,
  ProviderPayment,
  ProviderPaymentStatus,
} from '../../domain/payments/payment-provider.ts';

const STATUSES: readonly ProviderPaymentStatus[] = [
  'open',
  'pending',
  'authorized',
  'paid',
  'failed',
  'canceled',
  'expired',
];

interface MolliePaymentLike {
  id: string;
  status: string;
  amount: { value: string; currency: string };
  method?: string | null;
  paidAt?: string | null;
  metadata: unknown;
  getCheckoutUrl(): string | null | undefined;
}

/**
 * The payment-provider port on Mollie's Payments API through @mollie/api-client. `apiEndpoint`
 * points it elsewhere (tests: a loopback server speaking Mollie's API). Mollie's errors become
 * AppErrors: a rejected key is a setup problem, a refused request a bad input, anything else
 * means Mollie is unavailable and the caller may retry.
 */
export function createMollieProvider({
  apiKey,
  apiEndpoint,
}: {
  apiKey: string;
  apiEndpoint?: string | undefined;
}): PaymentProvider {
  const client = createMollieClient({
    apiKey,
    ...(apiEndpoint ? { apiEndpoint } : {}),
    versionStrings: 'CollectionsAssistant/1.0',
  });
  return {
    name: 'mollie',
    async createPayment(request: CreateProviderPayment): Promise<ProviderPayment> {
      try {
        const payment = await client.payments.create({
          amount: { value: toMajorUnits(request.amountCents), currency: request.currency },
          description: request.description.slice(0, 255),
          redirectUrl: request.redirectUrl,
          ...(request.webhookUrl ? { webhookUrl: request.webhookUrl } : {}),
          method: request.methods.map((method) => method as PaymentMethod),
          locale: request.locale === 'nl' ? Locale.nl_NL : Locale.en_US,
          metadata: { invoiceId: request.metadata.invoiceId },
        });
        return toProviderPayment(payment as unknown as MolliePaymentLike);
      } catch (error) {
        throw translate(error, 'creating a payment');
      }
    },
    async getPayment(id: string): Promise<ProviderPayment | null> {
      try {
        const payment = await client.payments.get(id);
        return toProviderPayment(payment as unknown as MolliePaymentLike);
      } catch (error) {
        if (error instanceof MollieApiError && error.statusCode === 404) return null;
        throw translate(error, `fetching payment ${id}`);
      }
    },
  };
}

function toProviderPayment(payment: MolliePaymentLike): ProviderPayment {
  const status = STATUSES.find((known) => known === payment.status);
  if (!status) {
    throw new AppError('CHANNEL_UNAVAILABLE', `Mollie reported an unknown status "${payment.status}".`);
  }
  const metadata = payment.metadata as { invoiceId?: unknown } | null | undefined;
  return {
    id: payment.id,
    status,
    amountCents: parseMajorUnits(payment.amount.value),
    currency: payment.amount.currency,
    method: payment.method ?? null,
    paidAt: payment.paidAt ? new Date(payment.paidAt) : null,
    checkoutUrl: payment.getCheckoutUrl() ?? null,
    metadata: { invoiceId: typeof metadata?.invoiceId === 'string' ? metadata.invoiceId : null },
  };
}

function translate(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof MollieApiError) {
    const status = error.statusCode;
    if (status === 401 || status === 403) {
      return new AppError(
        'CONFIG_INVALID',
        `Mollie refused MOLLIE_API_KEY while ${what} (${status}): check the key (test_… or live_…) in the Mollie dashboard.`,
        { cause: error },
      );
    }
    if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
      return new AppError(
        'INPUT_INVALID',
        `Mollie refused ${what} (${status}${error.field ? `, field ${error.field}` : ''}): ${error.message}`,
        { cause: error },
      );
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(
    'CHANNEL_UNAVAILABLE',
    `Mollie is unavailable while ${what}: ${message}. Try again later.`,
    {
      cause: error,
    },
  );
}
