import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import { chooseNoticeLanguage } from '../../domain/notices/choose-notice-language.ts';
import type { Prisma } from '../generated/client.ts';
import { moveProposals } from '../proposals/move-proposals.ts';
import { writeActionNotices } from '../proposals/write-action-notices.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

type Tx = Prisma.TransactionClient;

/**
 * The "already paid" checks the paid invoices answer, inside the caller's transaction (called by
 * stopDunningForPaidInvoices, so for every source: a provider, a bank statement, a ledger
 * import). An open check_payment proposal whose invoices are now all settled is resolved through
 * the one status path (proposed → approved → executed, decided by the payment's source) and the
 * debtor is owed a thank-you notice naming only what the database holds: the amount the payment
 * rows record for those invoices and their numbers. A check with an invoice still open stays open
 * for finance. Returns the audit events to write with the caller's.
 */
export async function resolvePaymentChecks({
  tx,
  invoiceIds,
  actor,
  now,
}: {
  tx: Tx;
  /** Invoices just settled. */
  invoiceIds: readonly string[];
  actor: string;
  now: Date;
}): Promise<Prisma.AuditEventCreateManyInput[]> {
  if (invoiceIds.length === 0) return [];
  const checks = await tx.$queryRawUnsafe<
    {
      id: string;
      debtorId: string;
      invoiceId: string | null;
      params: { invoiceIds?: unknown; replyLanguage?: unknown };
      channel: string | null;
      language: string;
    }[]
  >(
    `SELECT p.id::text, p.debtor_id::text AS "debtorId", p.invoice_id::text AS "invoiceId", p.params,
            m.channel::text AS channel, d.language
       FROM proposal p JOIN debtor d ON d.id = p.debtor_id LEFT JOIN message m ON m.id = p.message_id
      WHERE p.status = 'proposed' AND p.action = 'check_payment'
        AND (p.invoice_id = ANY($1::uuid[]) OR jsonb_exists_any(p.params->'invoiceIds', $1::text[]))
      ORDER BY p.id FOR UPDATE OF p`,
    [...invoiceIds],
  );
  if (checks.length === 0) return [];
  const invoicesOf = (check: (typeof checks)[number]) => {
    const named = Array.isArray(check.params.invoiceIds)
      ? check.params.invoiceIds.filter((id): id is string => typeof id === 'string')
      : [];
    return named.length > 0 ? named : check.invoiceId ? [check.invoiceId] : [];
  };
  const all = [...new Set(checks.flatMap(invoicesOf))];
  const invoices = new Map(
    (
      await tx.$queryRawUnsafe<
        { id: string; number: string; openCents: number; dueDate: Date; receivedCents: number | null }[]
      >(
        `SELECT i.id::text, i.number, i.open_cents AS "openCents", i.due_date AS "dueDate",
                (SELECT sum(amount_cents)::int FROM payment WHERE invoice_id = i.id) AS "receivedCents"
           FROM invoice i WHERE i.id = ANY($1::uuid[])`,
        all,
      )
    ).map((row) => [row.id, row]),
  );
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  for (const check of checks) {
    const concerned = invoicesOf(check).map((id) => invoices.get(id));
    if (concerned.length === 0 || concerned.some((invoice) => !invoice || invoice.openCents > 0)) continue;
    const paid = concerned.filter((invoice) => invoice !== undefined);
    const approved = await moveProposals({
      tx,
      which: { id: check.id },
      from: 'proposed',
      to: 'approved',
      by: actor,
      at: now,
    });
    if (approved.length === 0) continue;
    await moveProposals({
      tx,
      which: { id: check.id },
      from: 'approved',
      to: 'executed',
      by: actor,
      at: now,
    });
    const received = paid.reduce((sum, invoice) => sum + (invoice.receivedCents ?? 0), 0);
    const language = chooseNoticeLanguage({
      asked: typeof check.params.replyLanguage === 'string' ? check.params.replyLanguage : null,
      debtorLanguage: check.language,
    });
    const notice: NoticeSpec = {
      key: `proposal-executed:${check.id}:payment_received`,
      template: 'payment_received',
      channel: check.channel === 'chat' ? 'chat' : 'email',
      params: {
        language,
        invoices: paid.map((invoice) => ({
          id: invoice.id,
          number: invoice.number,
          openCents: invoice.openCents,
          dueDate: toIsoDate(invoice.dueDate),
        })),
        // A ledger import marks an invoice paid without a payment row: then no amount is named.
        ...(received > 0 ? { amountCents: received } : {}),
      },
    };
    await writeActionNotices(tx, { proposalId: check.id, debtorId: check.debtorId, notices: [notice], now });
    audit.push({
      actor,
      type: 'proposal.executed',
      entityType: 'proposal',
      entityId: check.id,
      data: {
        action: 'check_payment',
        summary: 'The reported payment arrived: the check is resolved and the debtor thanked.',
        invoiceIds: paid.map((invoice) => invoice.id),
        ...(received > 0 ? { receivedCents: received } : {}),
      },
    });
  }
  return audit;
}
