import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { InvoiceSettlement } from '../../domain/payments/settle-invoice-payment.ts';
import { applyPlanPayment } from '../../domain/plans/apply-plan-payment.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { insertSystemMessages } from '../messages/insert-system-messages.ts';
import { stopDunningForPaidInvoices } from './stop-dunning-for-paid-invoices.ts';
import { trackPlanInstalments } from './track-plan-instalments.ts';

type Tx = Prisma.TransactionClient;

/** An invoice as recordPayments read it under its row lock. */
export interface LockedInvoice {
  readonly id: string;
  readonly number: string;
  readonly debtorId: string;
  readonly currency: string;
  readonly openCents: number;
  readonly status: InvoiceStatus;
  readonly paymentPlanId: string | null;
}

export interface AppliedPayment {
  readonly providerPaymentId: string;
  readonly paymentId: string;
  readonly method: string | null;
  /** The invoice as this payment found it (after the batch's earlier payments). */
  readonly invoice: LockedInvoice;
  readonly settlement: Extract<InvoiceSettlement, { kind: 'applied' }>;
  readonly reviewReason: string | null;
}

const eur = (cents: number, currency: string) =>
  `${currency === 'EUR' ? '€' : `${currency} `}${(cents / 100).toFixed(2)}`;

/**
 * What payments applied to invoices change, inside the caller's transaction, in the order given:
 * the open balances and statuses, the plans' instalments, and for each invoice nothing is left
 * open on: no more dunning (stopDunningForPaidInvoices). Then one line per payment in the
 * debtor's timeline and the audit events. A statement or two per kind of row for the whole batch.
 */
export async function applyPaymentEffects({
  tx,
  provider,
  payments,
  now,
}: {
  tx: Tx;
  provider: string;
  payments: readonly AppliedPayment[];
  now: Date;
}): Promise<void> {
  if (payments.length === 0) return;
  const actor = `provider:${provider}`;
  // The last payment of an invoice in the batch says where it ends.
  const finalState = new Map<string, { id: string; open_cents: number; status: InvoiceStatus }>();
  for (const { invoice, settlement } of payments) {
    finalState.set(invoice.id, {
      id: invoice.id,
      open_cents: settlement.openCents,
      status: settlement.status,
    });
  }
  await tx.$executeRawUnsafe(
    `UPDATE invoice i SET open_cents = r.open_cents, status = r.status, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, open_cents int, status "InvoiceStatus")
      WHERE i.id = r.id`,
    JSON.stringify([...finalState.values()]),
  );
  const audit: Prisma.AuditEventCreateManyInput[] = payments.map(
    ({ invoice, settlement, paymentId, providerPaymentId, reviewReason }) => ({
      actor,
      type: 'payment.received',
      entityType: 'invoice',
      entityId: invoice.id,
      data: {
        paymentId,
        providerPaymentId,
        appliedCents: settlement.appliedCents,
        openCentsBefore: invoice.openCents,
        openCentsAfter: settlement.openCents,
        overpaidCents: settlement.overpaidCents,
        ...(reviewReason ? { reviewReason } : {}),
      },
    }),
  );
  audit.push(...(await applyToPlans({ tx, actor, payments })));
  audit.push(
    ...(await stopDunningForPaidInvoices({
      tx,
      invoices: payments
        .filter(({ settlement }) => settlement.openCents === 0)
        .map(({ invoice, paymentId }) => ({ id: invoice.id, number: invoice.number, paymentId })),
      actor,
      now,
    })),
  );
  await insertSystemMessages({
    db: tx,
    kind: 'payment',
    messages: payments.map(({ invoice, settlement, providerPaymentId, method, reviewReason }) => {
      const paidInFull = settlement.openCents === 0;
      const methodText = method === 'ideal' ? 'iDEAL' : (method ?? provider);
      return {
        externalId: `payment:${provider}:${providerPaymentId}`,
        debtorId: invoice.debtorId,
        invoiceId: invoice.id,
        subject: paidInFull ? `Invoice ${invoice.number} paid` : `Part payment on invoice ${invoice.number}`,
        text: [
          `Payment of ${eur(settlement.appliedCents + settlement.overpaidCents, invoice.currency)} received via ${methodText} (${provider} ${providerPaymentId}) for invoice ${invoice.number}.`,
          paidInFull
            ? 'The invoice is paid; dunning stopped.'
            : `Still open: ${eur(settlement.openCents, invoice.currency)}.`,
          ...(reviewReason ? [`Needs review: ${reviewReason}.`] : []),
        ].join(' '),
      };
    }),
    now,
    skipExisting: false,
  });
  await insertAuditEvents({ db: tx, events: audit });
}

/**
 * Payments on invoices under a plan pay its instalments, oldest first; a plan whose invoices are
 * all paid is completed. One read and at most two writes for the whole batch.
 */
async function applyToPlans({
  tx,
  actor,
  payments,
}: {
  tx: Tx;
  actor: string;
  payments: readonly AppliedPayment[];
}): Promise<Prisma.AuditEventCreateManyInput[]> {
  const planned = payments.filter((p) => p.invoice.paymentPlanId);
  if (planned.length === 0) return [];
  const planIds = [...new Set(planned.map((p) => p.invoice.paymentPlanId!))];
  const plans = trackPlanInstalments(await tx.installment.findMany({ where: { planId: { in: planIds } } }));
  for (const { invoice, settlement } of planned) {
    const planId = invoice.paymentPlanId!;
    const next = applyPlanPayment({
      instalments: plans.tracked(planId),
      paymentCents: settlement.appliedCents,
    });
    plans.update(planId, next.instalments);
  }
  await plans.save(tx);
  // After the invoices' balances were written: a plan is done when none of its invoices is open.
  const completed = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE payment_plan p SET status = 'completed', updated_at = now()
      WHERE p.id = ANY($1::uuid[]) AND p.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.payment_plan_id = p.id AND i.open_cents > 0)
     RETURNING p.id::text`,
    planIds,
  );
  const lastInvoiceOf = new Map(planned.map((p) => [p.invoice.paymentPlanId!, p.invoice.id]));
  return completed.map(({ id }) => ({
    actor,
    type: 'plan.completed',
    entityType: 'payment_plan',
    entityId: id,
    data: { lastInvoiceId: lastInvoiceOf.get(id)! },
  }));
}
