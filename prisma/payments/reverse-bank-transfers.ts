import type { BankEntry } from '../../domain/bank/bank-statement.ts';
import { describeReturnReason } from '../../domain/bank/describe-return-reason.ts';
import { toMajorUnits } from '../../domain/money.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { insertSystemMessages } from '../messages/insert-system-messages.ts';
import { enqueueSlackCall } from '../outbox/enqueue-slack-call.ts';
import { takeBackPlanPayments } from './take-back-plan-payments.ts';

type Tx = Prisma.TransactionClient;

export interface ReversedBankTransfer {
  /** reversed: the payments it undid (none when they were undone before); needs_review: found nothing to undo. */
  readonly outcome: 'reversed' | 'needs_review';
  readonly debtorId: string | null;
  readonly reviewReason: string | null;
  /** The invoices open again, with what is open on each now. */
  readonly invoices: readonly {
    readonly number: string;
    readonly cents: number;
    readonly openCents: number;
  }[];
}

const words = (text: string | null) => (text ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
const eur = (cents: number) => `€${toMajorUnits(cents)}`;

/**
 * The bank undid an incoming transfer (CAMT RvslInd on a debit, MT940 RC), or returned it (a
 * SEPA return: a debit with a return reason, CAMT RtrInf, MT940 /RTRN/; the reason is named on
 * the timeline and to finance): the transfer it
 * reverses is found among the applied entries of the same account (the same amount, booked no
 * later, and the same end-to-end id, or the same payer account and text), and every payment we
 * recorded for it is reversed: a negative `payment` row (external id `reversal:<payment's>`, so
 * a statement imported again or reported twice undoes it once), the invoice's open amount
 * restored and a paid invoice open again (so the ladder takes it up again), a `system` line on
 * the timeline, an audit event, and finance told once in Slack. A reversal of nothing we applied
 * goes to finance's review with the entry's reference.
 */
export async function reverseBankTransfer({
  tx,
  account,
  statementId,
  entry,
  financeChannel,
  now,
}: {
  tx: Tx;
  account: string;
  statementId: string;
  entry: BankEntry;
  /** Slack's finance channel; null: no Slack (the import's output says it). */
  financeChannel: string | null;
  now: Date;
}): Promise<ReversedBankTransfer> {
  const originals = await tx.$queryRaw<{ id: string; statementId: string; entryRef: string }[]>`
    SELECT id::text, statement_id AS "statementId", entry_ref AS "entryRef" FROM bank_entry
     WHERE account = ${account} AND direction = 'credit' AND kind = 'payment' AND outcome = 'applied'
       AND amount_cents = ${entry.amountCents} AND currency = ${entry.currency}
       AND booking_date <= ${entry.bookingDate}::date AND duplicate_of IS NULL
       AND ((${entry.endToEndId}::text IS NOT NULL AND end_to_end_id = ${entry.endToEndId})
         OR (${entry.counterpartyIban}::text IS NOT NULL AND counterparty_iban = ${entry.counterpartyIban}
             AND regexp_replace(lower(coalesce(structured_ref, '') || remittance), '[^a-z0-9]', '', 'g')
                 = ${words(entry.structuredReference) + words(entry.remittance)}))
     ORDER BY booking_date DESC, created_at DESC`;
  const returned = !entry.reversal && entry.returnCode !== null;
  const where = `${returned ? `SEPA return ${describeReturnReason(entry.returnCode!)}; ` : ''}entry reference ${entry.reference} in statement ${statementId}`;
  for (const original of originals) {
    const prefix = `bank:${account}:${original.statementId}:${original.entryRef}`;
    const payments = await tx.$queryRaw<
      { id: string; externalId: string; invoiceId: string; amountCents: number; debtorId: string }[]
    >`SELECT id::text, external_id AS "externalId", invoice_id::text AS "invoiceId",
             amount_cents AS "amountCents", debtor_id::text AS "debtorId"
        FROM payment
       WHERE (external_id = ${prefix} OR left(external_id, ${prefix.length + 1}) = ${`${prefix}#`})
         AND invoice_id IS NOT NULL AND amount_cents > 0
       ORDER BY external_id`;
    if (payments.length === 0) continue;
    const undone = new Set(
      (
        await tx.payment.findMany({
          where: { externalId: { in: payments.map((p) => `reversal:${p.externalId}`) } },
          select: { externalId: true },
        })
      ).map((row) => row.externalId),
    );
    const todo = payments.filter((p) => !undone.has(`reversal:${p.externalId}`));
    // Already undone (the same reversal in another statement): this one is a repeat; try the next original.
    if (todo.length === 0 && originals.length > 1) continue;
    const invoices = await undoPayments({ tx, payments: todo, entry, returned, where, financeChannel, now });
    return { outcome: 'reversed', debtorId: payments[0]!.debtorId, reviewReason: null, invoices };
  }
  const reason = `the bank ${returned ? 'returned' : 'reversed'} a transfer of ${eur(entry.amountCents)}${entry.counterpartyName ? ` from ${entry.counterpartyName}` : ''}${entry.counterpartyIban ? ` (${entry.counterpartyIban})` : ''} that matches no transfer applied here (${where}); nothing was changed`;
  if (financeChannel) {
    await enqueueSlackCall({
      prisma: tx,
      calls: [
        {
          idempotencyKey: `bank-reversal-unmatched:${account}:${statementId}:${entry.reference}`,
          method: 'chat.postMessage',
          messageKey: null,
          payload: { channel: financeChannel, text: `Bank statement: ${reason}. Please look it up.` },
        },
      ],
    });
  }
  return { outcome: 'needs_review', debtorId: null, reviewReason: reason, invoices: [] };
}

async function undoPayments({
  tx,
  payments,
  entry,
  returned,
  where,
  financeChannel,
  now,
}: {
  tx: Tx;
  payments: readonly {
    id: string;
    externalId: string;
    invoiceId: string;
    amountCents: number;
    debtorId: string;
  }[];
  entry: BankEntry;
  /** A SEPA return (its reason in `where`) rather than a reversal. */
  returned: boolean;
  where: string;
  financeChannel: string | null;
  now: Date;
}): Promise<ReversedBankTransfer['invoices']> {
  const undid = returned ? 'returned' : 'reversed';
  if (payments.length === 0) return [];
  const invoiceIds = [...new Set(payments.map((p) => p.invoiceId))].sort();
  const locked = new Map(
    (
      await tx.$queryRaw<
        {
          id: string;
          number: string;
          amountCents: number;
          openCents: number;
          status: string;
          planId: string | null;
        }[]
      >`SELECT id::text, number, amount_cents AS "amountCents", open_cents AS "openCents", status::text AS status,
               payment_plan_id::text AS "planId"
          FROM invoice WHERE id = ANY(${invoiceIds}::uuid[]) ORDER BY id FOR UPDATE`
    ).map((row) => [row.id, row]),
  );
  const result: { number: string; cents: number; openCents: number }[] = [];
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  const lines: Parameters<typeof insertSystemMessages>[0]['messages'][number][] = [];
  // What the payments had paid of a plan's instalments comes off them too.
  const plans = await takeBackPlanPayments({
    tx,
    payments: payments.flatMap((payment) => {
      const planId = locked.get(payment.invoiceId)!.planId;
      return planId ? [{ key: payment.externalId, planId, cents: payment.amountCents }] : [];
    }),
  });
  audit.push(...plans.audit);
  for (const payment of payments) {
    const invoice = locked.get(payment.invoiceId)!;
    const before = invoice.openCents;
    // What this payment took off the invoice comes back, never more than the invoice's amount.
    invoice.openCents = Math.min(invoice.amountCents, invoice.openCents + payment.amountCents);
    if (invoice.status === 'paid' && invoice.openCents > 0)
      invoice.status = invoice.planId ? 'planned' : 'open';
    await tx.payment.create({
      data: {
        debtorId: payment.debtorId,
        invoiceId: payment.invoiceId,
        amountCents: -payment.amountCents,
        currency: entry.currency,
        receivedAt: now,
        source: 'bank',
        reference: `${returned ? 'return' : 'reversal'} of ${payment.externalId}`,
        externalId: `reversal:${payment.externalId}`,
      },
    });
    const plan = plans.notes.get(payment.externalId);
    const text = `The bank ${undid} the transfer of ${eur(payment.amountCents)} that paid invoice ${invoice.number} (${where}). Open again: ${eur(invoice.openCents)}; dunning resumes.${plan ? ` ${plan}` : ''}`;
    lines.push({
      externalId: `payment-reversal:${payment.externalId}`,
      debtorId: payment.debtorId,
      invoiceId: payment.invoiceId,
      subject: `Payment on invoice ${invoice.number} ${undid}`,
      text,
    });
    audit.push({
      actor: 'provider:bank',
      type: 'payment.reversed',
      entityType: 'invoice',
      entityId: payment.invoiceId,
      data: {
        paymentId: payment.id,
        reversedCents: payment.amountCents,
        openCentsBefore: before,
        openCentsAfter: invoice.openCents,
        ...(returned ? { returnCode: entry.returnCode } : {}),
      },
    });
    if (financeChannel) {
      await enqueueSlackCall({
        prisma: tx,
        calls: [
          {
            idempotencyKey: `bank-reversal:${payment.id}`,
            method: 'chat.postMessage',
            messageKey: null,
            payload: { channel: financeChannel, text },
          },
        ],
      });
    }
    result.push({ number: invoice.number, cents: payment.amountCents, openCents: invoice.openCents });
  }
  await tx.$executeRawUnsafe(
    `UPDATE invoice i SET open_cents = r.open_cents, status = r.status, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, open_cents int, status "InvoiceStatus")
      WHERE i.id = r.id`,
    JSON.stringify(
      [...locked.values()].map((i) => ({ id: i.id, open_cents: i.openCents, status: i.status })),
    ),
  );
  await insertSystemMessages({ db: tx, kind: 'payment', messages: lines, now, skipExisting: true });
  await insertAuditEvents({ db: tx, events: audit });
  return result;
}
