import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { recordPayments } from './record-payments.ts';

/** What finance's decision on a bank transfer waiting for review came to. */
export type ReviewedBankTransfer =
  | {
      readonly kind: 'applied';
      readonly invoiceNumber: string;
      readonly openCents: number;
      readonly reviewReason: string | null;
    }
  | { readonly kind: 'confirm_duplicate'; readonly statementId: string; readonly sourceFile: string }
  | { readonly kind: 'refused'; readonly why: string };

/**
 * Finance applies a bank transfer that waits for review to an invoice they chose, inside the
 * caller's transaction: the one writer behind Slack's payment review and the console's. A
 * transfer flagged as likely repeating one of another statement is applied only with
 * `applyDuplicate` (the person says it is a second transfer); then it goes through the same
 * recording path as any payment (recordPayments: balance, end of dunning, timeline), the entry
 * becomes `applied` by `person` with its debtor (so the payer's account is known from then on),
 * and an audit event says who decided, and that it was flagged. A review already decided, or a
 * transfer that booked money somewhere, is refused: two people deciding at once apply it once
 * (the provider_payment row moves out of review in one conditional update).
 */
export async function applyReviewedBankTransfer({
  tx,
  providerPaymentId,
  invoiceNumber,
  applyDuplicate,
  actor,
  now,
}: {
  tx: Prisma.TransactionClient;
  /** The bank transfer's id in provider_payment: <account>:<statement>:<entry reference>. */
  providerPaymentId: string;
  invoiceNumber: string;
  applyDuplicate: boolean;
  /** Who decided: `slack:<user>` or `console:<staff>`. */
  actor: string;
  now: Date;
}): Promise<ReviewedBankTransfer> {
  const waiting = await tx.providerPayment.findUnique({ where: { id: providerPaymentId } });
  if (waiting?.provider !== 'bank' || waiting.outcome !== 'needs_review' || waiting.paymentId) {
    return { kind: 'refused', why: 'this transfer no longer waits for review (someone decided it already)' };
  }
  const [account, statementId, ...rest] = providerPaymentId.split(':');
  const entry = await tx.bankEntry.findUnique({
    where: {
      account_statementId_entryRef: {
        account: account!,
        statementId: statementId!,
        entryRef: rest.join(':'),
      },
    },
  });
  if (!entry) return { kind: 'refused', why: 'the bank entry of this transfer is not stored' };
  if (entry.duplicateOf && !applyDuplicate) {
    const earlier = await tx.bankEntry.findUnique({ where: { id: entry.duplicateOf } });
    return {
      kind: 'confirm_duplicate',
      statementId: earlier?.statementId ?? '?',
      sourceFile: earlier?.sourceFile ?? '?',
    };
  }
  const invoice = await tx.invoice.findUnique({
    where: { number: invoiceNumber },
    select: { id: true, debtorId: true },
  });
  if (!invoice) return { kind: 'refused', why: `there is no invoice ${invoiceNumber}` };
  const taken = await tx.providerPayment.updateMany({
    where: { id: providerPaymentId, outcome: 'needs_review', paymentId: null },
    data: { outcome: null, reviewReason: null, invoiceId: invoice.id },
  });
  if (taken.count === 0) {
    return { kind: 'refused', why: 'this transfer no longer waits for review (someone decided it already)' };
  }
  const [recorded] = await recordPayments({
    tx,
    provider: 'bank',
    payments: [
      {
        payment: {
          id: providerPaymentId,
          status: 'paid',
          amountCents: waiting.amountCents,
          currency: waiting.currency.trim(),
          method: 'bank transfer',
          paidAt: entry.bookingDate,
          checkoutUrl: null,
          metadata: { invoiceId: invoice.id },
        },
      },
    ],
    now,
  });
  if (recorded?.kind !== 'applied') {
    // recordPayments stored it as needs_review again, with why (a settled invoice, another currency).
    return {
      kind: 'refused',
      why: recorded?.kind === 'needs_review' ? recorded.reason : 'it was recorded already',
    };
  }
  await tx.bankEntry.update({
    where: { id: entry.id },
    data: {
      outcome: recorded.reviewReason ? 'needs_review' : 'applied',
      matchRule: 'person',
      debtorId: invoice.debtorId,
      reviewReason: recorded.reviewReason,
    },
  });
  await insertAuditEvents({
    db: tx,
    events: [
      {
        actor,
        type: 'payment.review_applied',
        entityType: 'provider_payment',
        entityId: providerPaymentId,
        data: {
          invoiceId: invoice.id,
          amountCents: waiting.amountCents,
          flaggedAsDuplicateOf: entry.duplicateOf,
          appliedAnyway: entry.duplicateOf !== null,
        },
      },
    ],
  });
  return {
    kind: 'applied',
    invoiceNumber,
    openCents: recorded.openCents,
    reviewReason: recorded.reviewReason,
  };
}
