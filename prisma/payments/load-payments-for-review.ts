import type { PaymentReview } from '../../domain/payments/payment-review.ts';
import type { PrismaClient } from '../generated/client.ts';
import { PROVIDER_PAYMENTS_TO_REVIEW } from './provider-payments-to-review.ts';

interface ReviewRow {
  id: string;
  provider: string;
  amountCents: number;
  currency: string;
  reviewReason: string | null;
  invoiceNumber: string | null;
  openCents: number | null;
  invoiceStatus: string | null;
  debtorName: string | null;
  debtorReference: string | null;
  booked: boolean;
  applied: boolean;
}

/**
 * Provider payments that wait for a person, with the invoice and debtor each names and what was
 * booked for it, in one query however many: the ones asked for by id (Slack's payment reviews:
 * any provider, a bank transfer too), or the ones triage lists (PROVIDER_PAYMENTS_TO_REVIEW),
 * newest first, at most `limit`. A payment no longer waiting is left out.
 */
export async function loadPaymentsForReview({
  prisma,
  which,
}: {
  prisma: PrismaClient;
  which: { readonly ids: readonly string[] } | { readonly waiting: true; readonly limit: number };
}): Promise<PaymentReview[]> {
  const byIds = 'ids' in which;
  if (byIds && which.ids.length === 0) return [];
  const rows = await prisma.$queryRawUnsafe<ReviewRow[]>(
    `SELECT p.id, p.provider, p.amount_cents AS "amountCents", p.currency, p.review_reason AS "reviewReason",
       i.number AS "invoiceNumber", i.open_cents AS "openCents", i.status::text AS "invoiceStatus",
       d.name AS "debtorName", d.reference AS "debtorReference",
       pay.id IS NOT NULL AS booked, pay.invoice_id IS NOT NULL AS applied
     FROM provider_payment p
     LEFT JOIN invoice i ON i.id = p.invoice_id
     LEFT JOIN debtor d ON d.id = i.debtor_id
     LEFT JOIN payment pay ON pay.id = p.payment_id
     WHERE ${byIds ? `p.outcome = 'needs_review' AND p.id = ANY($1::text[])` : PROVIDER_PAYMENTS_TO_REVIEW}
     ORDER BY p.updated_at DESC, p.id ASC
     ${byIds ? '' : 'LIMIT $1'}`,
    byIds ? [...which.ids] : which.limit,
  );
  return rows.map(
    (row): PaymentReview => ({
      id: row.id,
      provider: row.provider,
      amountCents: row.amountCents,
      currency: row.currency,
      reason: row.reviewReason ?? 'no reason was stored',
      invoice:
        row.invoiceNumber !== null
          ? {
              number: row.invoiceNumber,
              openCents: row.openCents!,
              status: row.invoiceStatus!,
              debtorName: row.debtorName!,
              debtorReference: row.debtorReference!,
            }
          : null,
      booked: !row.booked ? 'nothing' : row.applied ? 'applied' : 'unapplied',
    }),
  );
}
