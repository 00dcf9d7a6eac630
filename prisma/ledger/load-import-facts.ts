import type { AppRecordedPayment } from '../../domain/ledger/reconcile-imported-invoice.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

/**
 * What the app knows about existing invoices that a ledger export may not: payments it recorded
 * (by a provider, also paying plan instalments; money kept for review has no invoice and does
 * not count; a payment an accounting package booked, source `ledger:<package>`, is in the
 * package's own open amount already and does not count either) and whether a plan or dispute still holds, to reopen a paid invoice into. Three
 * statements per chunk of ids, whatever the chunk's size.
 */
export async function loadImportFacts({
  tx,
  invoiceIds,
  chunkSize = 5000,
}: {
  tx: RawSqlRunner;
  invoiceIds: readonly string[];
  chunkSize?: number;
}): Promise<{
  payments: Map<string, AppRecordedPayment[]>;
  held: Map<string, 'planned' | 'disputed'>;
}> {
  const payments = new Map<string, AppRecordedPayment[]>();
  const held = new Map<string, 'planned' | 'disputed'>();
  for (let index = 0; index < invoiceIds.length; index += chunkSize) {
    const ids = JSON.stringify(invoiceIds.slice(index, index + chunkSize));
    const paid = await tx.$queryRawUnsafe<{ invoiceId: string; amountCents: number; recordedMs: number }[]>(
      `SELECT p.invoice_id::text AS "invoiceId", p.amount_cents AS "amountCents", round(extract(epoch FROM p.created_at) * 1000)::float8 AS "recordedMs"
         FROM payment p
        WHERE p.invoice_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
          AND p.source <> 'import' AND p.source NOT LIKE 'ledger:%'
        ORDER BY p.created_at, p.id`,
      ids,
    );
    for (const payment of paid) {
      const list = payments.get(payment.invoiceId) ?? [];
      list.push({ amountCents: payment.amountCents, recordedAt: new Date(payment.recordedMs) });
      payments.set(payment.invoiceId, list);
    }
    // A dispute outranks a plan: dunning must wait for sales either way, and sales must see it.
    const holding = await tx.$queryRawUnsafe<{ id: string; held: 'planned' | 'disputed' }[]>(
      `SELECT i.id::text AS id,
              CASE WHEN EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id
                                   AND d.status IN ('open', 'taken', 'escalated')) THEN 'disputed'
                   ELSE 'planned' END AS held
         FROM invoice i
        WHERE i.id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
          AND (EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.status IN ('open', 'taken', 'escalated'))
               OR EXISTS (SELECT 1 FROM payment_plan p WHERE p.id = i.payment_plan_id AND p.status = 'active'))`,
      ids,
    );
    for (const row of holding) held.set(row.id, row.held);
  }
  return { payments, held };
}
