import { randomUUID } from 'node:crypto';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import { settleInvoicePayment } from '../../domain/payments/settle-invoice-payment.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import { PAYMENT_COLUMNS } from '../sql/row-columns.ts';
import { type AppliedPayment, applyPaymentEffects, type LockedInvoice } from './apply-payment-effects.ts';
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

export interface PaymentToRecord {
  readonly payment: ProviderPayment;
  /** Why the payment names no invoice, when the caller knows better than "names no invoice of ours". */
  readonly unmatchedReason?: string;
}

/**
 * The one path money that arrived takes, inside the caller's transaction, whoever reports it (a
 * provider's webhook: a batch of one; an imported bank statement: a batch of thousands): the
 * payment rows, the provider_payment rows finance's review reads, the invoices' open balances,
 * and through applyPaymentEffects the end of dunning and the timeline lines. A payment that does
 * not fit (no invoice, another currency, a settled invoice, overpaid) is stored as needs_review
 * with the reason and changes no balance beyond what it fits. Payments are decided in the order
 * given, each seeing what the ones before it did (two transfers for one invoice in a batch), and
 * written in a few statements for the whole batch. Advisory locks on the ids and row locks on the
 * invoices, both taken in one sorted order, serialise callers without deadlocks.
 */
export async function recordPayments({
  tx,
  provider,
  payments,
  now,
}: {
  tx: Prisma.TransactionClient;
  provider: string;
  payments: readonly PaymentToRecord[];
  now: Date;
}): Promise<Exclude<RecordedPayment, { kind: 'not_paid' }>[]> {
  if (payments.length === 0) return [];
  const ids = [...new Set(payments.map(({ payment }) => payment.id))];
  await tx.$queryRawUnsafe(
    `SELECT count(pg_advisory_xact_lock(k)) FROM (
       SELECT DISTINCT hashtext('provider-payment:' || id) AS k FROM unnest($1::text[]) AS id ORDER BY k) AS locks`,
    ids,
  );
  const known = new Map(
    (await tx.providerPayment.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]),
  );
  const externalId = (id: string) => `${provider}:${id}`;
  const recorded = new Set(
    (
      await tx.payment.findMany({
        where: { externalId: { in: ids.map(externalId) } },
        select: { externalId: true },
      })
    ).map((row) => row.externalId),
  );
  const invoiceIdOf = ({ payment }: PaymentToRecord) =>
    known.get(payment.id)?.invoiceId ?? normalizeUuid(payment.metadata.invoiceId);
  const invoiceIds = [...new Set(payments.flatMap((p) => invoiceIdOf(p) ?? []))];
  const invoices = new Map(
    (invoiceIds.length === 0
      ? []
      : await tx.$queryRawUnsafe<LockedInvoice[]>(
          `SELECT id::text, number, debtor_id::text AS "debtorId", trim(currency) AS currency,
                  open_cents AS "openCents", status::text AS status, payment_plan_id::text AS "paymentPlanId"
             FROM invoice WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          invoiceIds,
        )
    ).map((row) => [row.id, row]),
  );

  const paymentRows: Record<string, unknown>[] = [];
  const providerRows: Record<string, unknown>[] = [];
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const applied: AppliedPayment[] = [];
  const done = new Set<string>();
  const results = payments.map((toRecord): Exclude<RecordedPayment, { kind: 'not_paid' }> => {
    const { payment } = toRecord;
    const earlier = known.get(payment.id);
    if (earlier?.outcome || recorded.has(externalId(payment.id)) || done.has(payment.id)) {
      return { kind: 'already_recorded' };
    }
    done.add(payment.id);
    const claimed = normalizeUuid(payment.metadata.invoiceId);
    const invoiceId = invoiceIdOf(toRecord);
    const write = (
      outcome: 'applied' | 'needs_review',
      reason: string | null,
      invoice: LockedInvoice | null,
      applies: boolean,
    ) => {
      // Money that did arrive for a debtor we know is kept with them, unapplied, until a person decides.
      const paymentId = invoice ? randomUUID() : null;
      if (invoice) {
        paymentRows.push({
          id: paymentId,
          debtor_id: invoice.debtorId,
          invoice_id: applies ? invoice.id : null,
          amount_cents: payment.amountCents,
          currency: payment.currency,
          received_at: (payment.paidAt ?? now).toISOString(),
          source: provider,
          reference: invoice.number,
          external_id: externalId(payment.id),
        });
      }
      providerRows.push({
        id: payment.id,
        provider,
        invoice_id: invoiceId,
        amount_cents: payment.amountCents,
        currency: payment.currency,
        status: payment.status,
        checkout_url: payment.checkoutUrl,
        outcome,
        review_reason: reason,
        payment_id: paymentId,
      });
      return paymentId;
    };
    const review = (reason: string, invoice: LockedInvoice | null) => {
      const paymentId = write('needs_review', reason, invoice, false);
      audit.push({
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
      });
      return { kind: 'needs_review', reason } as const;
    };
    if (!invoiceId) return review(toRecord.unmatchedReason ?? 'the payment names no invoice of ours', null);
    if (earlier?.invoiceId && claimed && earlier.invoiceId !== claimed) {
      return review(`the provider names invoice ${claimed}, we created it for ${earlier.invoiceId}`, null);
    }
    const invoice = invoices.get(invoiceId);
    if (!invoice) return review(`invoice ${invoiceId} does not exist`, null);
    if (earlier && (earlier.amountCents !== payment.amountCents || earlier.currency !== payment.currency)) {
      return review(
        `paid ${payment.amountCents} ${payment.currency}, but the checkout was for ${earlier.amountCents} ${earlier.currency}`,
        invoice,
      );
    }
    const settlement = settleInvoicePayment({
      invoice: { openCents: invoice.openCents, currency: invoice.currency, status: invoice.status },
      payment: { amountCents: payment.amountCents, currency: payment.currency },
    });
    if (settlement.kind === 'review') return review(settlement.reason, invoice);
    const reviewReason =
      settlement.overpaidCents > 0
        ? `overpaid by ${settlement.overpaidCents} cents: refund it or apply it to another invoice`
        : null;
    const paymentId = write(reviewReason ? 'needs_review' : 'applied', reviewReason, invoice, true)!;
    applied.push({
      providerPaymentId: payment.id,
      paymentId,
      method: payment.method,
      invoice: { ...invoice },
      settlement,
      reviewReason,
    });
    // The next payment in the batch for this invoice sees what this one left.
    invoices.set(invoice.id, { ...invoice, openCents: settlement.openCents, status: settlement.status });
    return {
      kind: 'applied',
      invoiceId: invoice.id,
      openCents: settlement.openCents,
      invoiceStatus: settlement.status,
      reviewReason,
    };
  });

  await insertJsonRows({
    db: tx,
    table: 'payment',
    columns: { id: 'uuid', ...PAYMENT_COLUMNS },
    rows: paymentRows,
  });
  await insertJsonRows({
    db: tx,
    table: 'provider_payment',
    columns: {
      id: 'text',
      provider: 'text',
      invoice_id: 'uuid',
      amount_cents: 'int',
      currency: 'text',
      status: 'text',
      checkout_url: 'text',
      outcome: 'text',
      review_reason: 'text',
      payment_id: 'uuid',
    },
    rows: providerRows,
    extra: { updated_at: 'now()' },
    // A checkout we created is updated with what became of it; what it was for stays as it was.
    onConflict: `ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, outcome = EXCLUDED.outcome,
      review_reason = EXCLUDED.review_reason, payment_id = EXCLUDED.payment_id, updated_at = now()`,
  });
  await insertAuditEvents({ db: tx, events: audit });
  await applyPaymentEffects({ tx, provider, payments: applied, now });
  return results;
}
