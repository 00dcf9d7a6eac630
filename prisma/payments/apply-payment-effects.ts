import type { InvoiceSettlement } from '../../domain/payments/settle-invoice-payment.ts';
import { applyPlanPayment } from '../../domain/plans/apply-plan-payment.ts';
import type { Invoice, Prisma } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';
import { stopDunningForPaidInvoice } from './stop-dunning-for-paid-invoice.ts';

type Tx = Prisma.TransactionClient;

const eur = (cents: number, currency: string) =>
  `${currency === 'EUR' ? '€' : `${currency} `}${(cents / 100).toFixed(2)}`;

/**
 * What a payment applied to an invoice changes, inside the caller's transaction: the open
 * balance and status, the plan's instalments, and when nothing is left open: no more dunning
 * (pauses lifted, open promises kept, queued reminders for the invoice cancelled, open
 * proposals about it expired). Then one line in the debtor's timeline and the audit events.
 */
export async function applyPaymentEffects({
  tx,
  provider,
  providerPaymentId,
  paymentId,
  method,
  invoice,
  settlement,
  reviewReason,
  now,
}: {
  tx: Tx;
  provider: string;
  providerPaymentId: string;
  paymentId: string;
  method: string | null;
  invoice: Invoice;
  settlement: Extract<InvoiceSettlement, { kind: 'applied' }>;
  reviewReason: string | null;
  now: Date;
}): Promise<void> {
  const paidInFull = settlement.openCents === 0;
  await tx.invoice.update({
    where: { id: invoice.id },
    data: { openCents: settlement.openCents, status: settlement.status },
  });
  const audit: Prisma.AuditEventCreateManyInput[] = [
    {
      actor: `provider:${provider}`,
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
    },
  ];
  if (invoice.paymentPlanId) {
    const instalments = await tx.installment.findMany({ where: { planId: invoice.paymentPlanId } });
    const applied = applyPlanPayment({
      instalments: instalments.map((i) => ({
        index: i.sequence,
        dueDate: toIsoDate(i.dueDate),
        amountCents: i.amountCents,
        paidCents: i.paidCents,
      })),
      paymentCents: settlement.appliedCents,
    });
    for (const next of applied.instalments) {
      const before = instalments.find((i) => i.sequence === next.index)!;
      if (next.paidCents === before.paidCents) continue;
      await tx.installment.update({
        where: { id: before.id },
        data: {
          paidCents: next.paidCents,
          status: next.paidCents >= before.amountCents ? 'paid' : before.status,
        },
      });
    }
    const stillOpen = await tx.invoice.count({
      where: { paymentPlanId: invoice.paymentPlanId, openCents: { gt: 0 } },
    });
    if (stillOpen === 0) {
      const done = await tx.paymentPlan.updateMany({
        where: { id: invoice.paymentPlanId, status: 'active' },
        data: { status: 'completed' },
      });
      if (done.count > 0) {
        audit.push({
          actor: `provider:${provider}`,
          type: 'plan.completed',
          entityType: 'payment_plan',
          entityId: invoice.paymentPlanId,
          data: { lastInvoiceId: invoice.id },
        });
      }
    }
  }
  if (paidInFull) {
    audit.push(
      ...(await stopDunningForPaidInvoice({
        tx,
        invoice,
        actor: `provider:${provider}`,
        paymentId,
        now,
      })),
    );
  }
  const methodText = method === 'ideal' ? 'iDEAL' : (method ?? provider);
  const text = [
    `Payment of ${eur(settlement.appliedCents + settlement.overpaidCents, invoice.currency)} received via ${methodText} (${provider} ${providerPaymentId}) for invoice ${invoice.number}.`,
    paidInFull
      ? 'The invoice is paid; dunning stopped.'
      : `Still open: ${eur(settlement.openCents, invoice.currency)}.`,
    ...(reviewReason ? [`Needs review: ${reviewReason}.`] : []),
  ].join(' ');
  await tx.message.create({
    data: {
      channel: 'system',
      direction: 'inbound',
      externalId: `payment:${provider}:${providerPaymentId}`,
      debtorId: invoice.debtorId,
      invoiceId: invoice.id,
      subject: paidInFull ? `Invoice ${invoice.number} paid` : `Part payment on invoice ${invoice.number}`,
      rawText: text,
      kind: 'payment',
      status: 'processed',
      receivedAt: now,
    },
  });
  await tx.auditEvent.createMany({ data: audit });
}
