import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import { settleInvoicePayment } from '../../domain/payments/settle-invoice-payment.ts';
import { Prisma, type PrismaClient } from '../generated/client.ts';
import { applyPaymentEffects } from './apply-payment-effects.ts';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

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
  const base = {
    provider,
    amountCents: payment.amountCents,
    currency: payment.currency,
    status: payment.status,
    checkoutUrl: payment.checkoutUrl,
  };
  if (payment.status !== 'paid') {
    await prisma.providerPayment.upsert({
      where: { id: payment.id },
      create: { id: payment.id, invoiceId: validUuid(payment.metadata.invoiceId), ...base },
      update: { status: payment.status, checkoutUrl: payment.checkoutUrl },
    });
    return { kind: 'not_paid', status: payment.status };
  }
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`provider-payment:${payment.id}`}))`;
        const known = await tx.providerPayment.findUnique({ where: { id: payment.id } });
        if (known?.outcome) return { kind: 'already_recorded' } as const;
        const externalId = `${provider}:${payment.id}`;
        if (await tx.payment.findUnique({ where: { externalId }, select: { id: true } })) {
          return { kind: 'already_recorded' } as const;
        }
        const claimed = validUuid(payment.metadata.invoiceId);
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
        if (!invoiceId) return review('the payment names no invoice of ours', null);
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
      },
      { timeout: 20_000, maxWait: 20_000 },
    );
  } catch (error) {
    // Two callers raced past the checks (only possible without the advisory lock's help).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { kind: 'already_recorded' };
    }
    throw error;
  }
}

function validUuid(value: string | null): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}
