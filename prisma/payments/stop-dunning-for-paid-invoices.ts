import type { Prisma } from '../generated/client.ts';
import { moveProposals } from '../proposals/move-proposals.ts';
import { resolvePaymentChecks } from './resolve-payment-checks.ts';

type Tx = Prisma.TransactionClient;

export interface PaidInvoice {
  readonly id: string;
  readonly number: string;
  /** The payment that paid it, when one did (a ledger import knows none). */
  readonly paymentId?: string | null;
}

/**
 * What invoices that nothing is open on any more end, inside the caller's transaction, whoever
 * found out (a provider payment, a bank statement, a ledger import): pauses are lifted, open
 * promises kept, reminders still queued for them cancelled (their timeline line says why), open
 * proposals about them expired. Six statements for the whole batch, however many invoices: a bank
 * statement pays thousands at once. Returns the audit events (invoice.paid, dunning.stopped per
 * invoice) to write with the caller's own.
 */
export async function stopDunningForPaidInvoices({
  tx,
  invoices,
  actor,
  now,
  reason = 'paid',
}: {
  tx: Tx;
  invoices: readonly PaidInvoice[];
  /** provider:mollie, provider:bank, cli, … */
  actor: string;
  now: Date;
  /**
   * Why nothing is open any more: paid (by default), credited (a credit note took the rest off)
   * or deleted (the invoice no longer exists in the books). Dunning ends the same way for each;
   * the reason is what the cancelled reminder's line and the audit events say.
   */
  reason?: 'paid' | 'credited' | 'deleted';
}): Promise<Prisma.AuditEventCreateManyInput[]> {
  if (invoices.length === 0) return [];
  const ids = [...new Set(invoices.map((invoice) => invoice.id))];
  const numberOf = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  const count = (rows: readonly { invoiceId: string }[]) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.invoiceId, (counts.get(row.invoiceId) ?? 0) + 1);
    return counts;
  };
  const lifted = count(
    await tx.$queryRawUnsafe<{ invoiceId: string }[]>(
      `UPDATE dunning_pause SET lifted_at = $2 WHERE invoice_id = ANY($1::uuid[]) AND lifted_at IS NULL
       RETURNING invoice_id::text AS "invoiceId"`,
      ids,
      now,
    ),
  );
  const kept = count(
    await tx.$queryRawUnsafe<{ invoiceId: string }[]>(
      `UPDATE payment_promise SET status = 'kept', resolved_at = $2
        WHERE invoice_id = ANY($1::uuid[]) AND status = 'open'
       RETURNING invoice_id::text AS "invoiceId"`,
      ids,
      now,
    ),
  );
  // A ladder letter (the first reminder, or a later step sent by itself or approved) may cover
  // several invoices (dunning.invoiceIds); it is cancelled when any of them is paid, and its line
  // names the paid ones.
  const queued = await tx.$queryRawUnsafe<{ id: string; messageId: string; invoiceIds: unknown }[]>(
    `SELECT id::text, message_id::text AS "messageId", payload->'dunning'->'invoiceIds' AS "invoiceIds"
       FROM email_outbox
      WHERE status = 'pending' AND template IN ('reminder', 'dunning_letter')
        AND jsonb_exists_any(payload->'dunning'->'invoiceIds', $1::text[])`,
    ids,
  );
  const reminders = queued.map((row) => {
    const paid = (Array.isArray(row.invoiceIds) ? row.invoiceIds : []).filter(
      (id): id is string => typeof id === 'string' && numberOf.has(id),
    );
    const numbers = paid.map((id) => numberOf.get(id));
    const what = reason === 'paid' ? 'paid' : reason === 'credited' ? 'credited' : 'deleted in the books';
    const line =
      numbers.length === 1
        ? `not sent: invoice ${numbers[0]} was ${what}`
        : `not sent: invoices ${numbers.join(', ')} were ${what}`;
    return { id: row.id, message_id: row.messageId, reason: line, paid };
  });
  if (reminders.length > 0) {
    const rows = JSON.stringify(reminders);
    await tx.$executeRawUnsafe(
      `UPDATE email_outbox o SET status = 'cancelled', last_error = r.reason
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, reason text) WHERE o.id = r.id`,
      rows,
    );
    await tx.$executeRawUnsafe(
      `UPDATE message m SET status = 'failed', failure_reason = r.reason, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(message_id uuid, reason text) WHERE m.id = r.message_id`,
      rows,
    );
  }
  const cancelledOf = new Map<string, string[]>();
  for (const reminder of reminders) {
    for (const id of reminder.paid) cancelledOf.set(id, [...(cancelledOf.get(id) ?? []), reminder.id]);
  }
  // A reported payment that arrived resolves its check (the debtor is thanked); a check with an
  // invoice still open stays for finance. Every other open proposal about a paid invoice expires.
  const resolved = await resolvePaymentChecks({ tx, invoiceIds: ids, actor, now });
  const expired = count(
    (
      await moveProposals({
        tx,
        which: { invoiceIds: ids, exceptAction: 'check_payment' },
        from: 'proposed',
        to: 'expired',
        by: actor,
        at: now,
      })
    ).flatMap((proposal) => (proposal.invoiceId ? [{ invoiceId: proposal.invoiceId }] : [])),
  );
  return [
    ...resolved,
    ...invoices.flatMap((invoice) => [
      {
        actor,
        type: `invoice.${reason}`,
        entityType: 'invoice',
        entityId: invoice.id,
        data: { ...(invoice.paymentId ? { paymentId: invoice.paymentId } : {}), number: invoice.number },
      },
      {
        actor,
        type: 'dunning.stopped',
        entityType: 'invoice',
        entityId: invoice.id,
        data: {
          reason,
          pausesLifted: lifted.get(invoice.id) ?? 0,
          promisesKept: kept.get(invoice.id) ?? 0,
          remindersCancelled: cancelledOf.get(invoice.id) ?? [],
          proposalsExpired: expired.get(invoice.id) ?? 0,
        },
      },
    ]),
  ];
}
