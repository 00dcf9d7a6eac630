import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import { settleInvoicePayment } from '../../domain/payments/settle-invoice-payment.ts';
import type { Prisma } from '../generated/client.ts';
import { applyPaymentEffects } from './apply-payment-effects.ts';
import { describeProviderPayment } from './describe-provider-payment.ts';
import { normalizeUuid } from './normalize-uuid.ts';

export type RecordedPayment =
  | { readonly kind: 'not_paid'; readonly status: string }
  | { readonly kind: 'already_recorded' }
  | {
      readonly kind: 'applied';
      readonly invoiceId: string;
      readonly openCents: number;
      readonly invoiceStatus: InvoiceStatus;
      readonly reviewReason: string | null;
    }
  | { readonly kind: 'needs_review'; readonly reason: string };

/**
 * The one path money that arrived takes, inside the caller's transaction, whoever reports it (a
 * provider's webhook, an imported bank statement): the payment row, the provider_payment row
 * finance's review reads, the invoice's open balance, and through applyPaymentEffects the end of
 * dunning and the timeline line. A payment that does not fit (no invoice, another currency, a
 * settled invoice, overpaid) is stored as needs_review with the reason and changes no balance
 * beyond what it fits. An advisory lock on the id and a row lock on the invoice serialise callers.
 */
export async function recordPaymentInTransaction({
  tx,
  provider,
  payment,
  unmatchedReason,
  now,
}: {
  tx: Prisma.TransactionClient;
  provider: string;
  payment: ProviderPayment;
  /** Why the payment names no invoice, when the caller knows better than "names no invoice of ours". */
  unmatchedReason?: string;
  now: Date;
}): Promise<Exclude<RecordedPayment, { kind: 'not_paid' }>> {
  const base = describeProviderPayment(provider, payment);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`provider-payment:${payment.id}`}))`;
  const known = await tx.providerPayment.findUnique({ where: { id: payment.id } });
  if (known?.outcome) return { kind: 'already_recorded' } as const;
  const externalId = `${provider}:${payment.id}`;
  if (await tx.payment.findUnique({ where: { externalId }, select: { id: true } })) {
    return { kind: 'already_recorded' } as const;
  }
  const claimed = normalizeUuid(payment.metadata.invoiceId);
  const invoiceId = known?.invoiceId ?? claimed;
  const review = async (reason: string, debtor: { id: string; invoiceNumber: string } | null) => {
    let paymentId: string | null = null;
    if (debtor) {
      // The money did arrive: keep it with the debtor, unapplied, until a person decides.
      const row = await tx.payment.create({
        data: {
          debtorId: debtor.id,
          invoiceId: null,
          amountCents: payment.amountCents,
          currency: payment.currency,
          receivedAt: payment.paidAt ?? now,
          source: provider,
          reference: debtor.invoiceNumber,
          externalId,
        },
      });
      paymentId = row.id;
    }
    await tx.providerPayment.upsert({
      where: { id: payment.id },
      create: {
        id: payment.id,
        invoiceId,
        ...base,
        outcome: 'needs_review',
        reviewReason: reason,
        paymentId,
      },
      update: { status: payment.status, outcome: 'needs_review', reviewReason: reason, paymentId },
    });
    await tx.auditEvent.create({
      data: {
        actor: `provider:${provider}`,
        type: 'payment.needs_review',
        entityType: 'provider_payment',
        entityId: payment.id,
        data: {
          reason,
          invoiceId,
          amountCents: payment.amountCents,
          currency: payment.currency,
          paymentId,
        },
      },
    });
    return { kind: 'needs_review', reason } as const;
  };
  if (!invoiceId) return review(unmatchedReason ?? 'the payment names no invoice of ours', null);
  if (known?.invoiceId && claimed && known.invoiceId !== claimed) {
    return review(`the provider names invoice ${claimed}, we created it for ${known.invoiceId}`, null);
  }
  await tx.$queryRaw`SELECT id FROM invoice WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  const invoice = await tx.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice) return review(`invoice ${invoiceId} does not exist`, null);
  const debtor = { id: invoice.debtorId, invoiceNumber: invoice.number };
  if (known && (known.amountCents !== payment.amountCents || known.currency !== payment.currency)) {
    return review(
      `paid ${payment.amountCents} ${payment.currency}, but the checkout was for ${known.amountCents} ${known.currency}`,
      debtor,
    );
  }
  const settlement = settleInvoicePayment({
    invoice: { openCents: invoice.openCents, currency: invoice.currency, status: invoice.status },
    payment: { amountCents: payment.amountCents, currency: payment.currency },
  });
  if (settlement.kind === 'review') return review(settlement.reason, debtor);
  const reviewReason =
    settlement.overpaidCents > 0
      ? `overpaid by ${settlement.overpaidCents} cents: refund it or apply it to another invoice`
      : null;
  const row = await tx.payment.create({
    data: {
      debtorId: invoice.debtorId,
      invoiceId: invoice.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      receivedAt: payment.paidAt ?? now,
      source: provider,
      reference: invoice.number,
      externalId,
    },
  });
  await tx.providerPayment.upsert({
    where: { id: payment.id },
    create: {
      id: payment.id,
      invoiceId: invoice.id,
      ...base,
      outcome: reviewReason ? 'needs_review' : 'applied',
      reviewReason,
      paymentId: row.id,
    },
    update: {
      status: payment.status,
      outcome: reviewReason ? 'needs_review' : 'applied',
      reviewReason,
      paymentId: row.id,
    },
  });
  await applyPaymentEffects({
    tx,
    provider,
    providerPaymentId: payment.id,
    paymentId: row.id,
    method: payment.method,
    invoice,
    settlement,
    reviewReason,
    now,
  });
  return {
    kind: 'applied',
    invoiceId: invoice.id,
    openCents: settlement.openCents,
    invoiceStatus: settlement.status,
    reviewReason,
  } as const;
}
