import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import { Prisma, type PrismaClient } from '../generated/client.ts';
import { describeProviderPayment } from './describe-provider-payment.ts';
import { normalizeUuid } from './normalize-uuid.ts';
import { type RecordedPayment, recordPayments } from './record-payments.ts';

export type { RecordedPayment } from './record-payments.ts';

/**
 * Records what the provider says about a payment (fetched from its API, never taken from a
 * webhook body). Safe to call any number of times, also at once: an advisory lock on the
 * provider id and a row lock on the invoice serialise the callers, and the provider id is stored
 * once (payment.external_id and provider_payment are unique). A paid payment lowers the
 * invoice's open balance in the same transaction as the payment row, the timeline line and the
 * audit events; a fully paid invoice stops dunning. Anything that does not fit (unknown
 * invoice, other currency, invoice already settled, not created by us as it claims) is stored
 * as needs_review for a person and changes no balance.
 */
export async function recordProviderPayment({
  prisma,
  provider,
  payment,
  now = new Date(),
}: {
  prisma: PrismaClient;
  provider: string;
  payment: ProviderPayment;
  now?: Date;
}): Promise<RecordedPayment> {
  const base = describeProviderPayment(provider, payment);
  if (payment.status !== 'paid') {
    await prisma.providerPayment.upsert({
      where: { id: payment.id },
      create: { id: payment.id, invoiceId: normalizeUuid(payment.metadata.invoiceId), ...base },
      update: { status: payment.status, checkoutUrl: payment.checkoutUrl },
    });
    return { kind: 'not_paid', status: payment.status };
  }
  try {
    return await prisma.$transaction(
      async (tx) => {
        // The same path a bank statement's thousands of payments take, as a batch of one.
        const [recorded] = await recordPayments({ tx, provider, payments: [{ payment }], now });
        return recorded!;
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (error) {
    // Two callers raced past the checks (only possible without the advisory lock's help).
    if (isUniqueViolation(error)) {
      return { kind: 'already_recorded' };
    }
    throw error;
  }
}

/** P2002 from Prisma's own queries; a raw INSERT's unique violation comes as PostgreSQL's 23505. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || JSON.stringify(error.meta ?? {}).includes('23505');
}
