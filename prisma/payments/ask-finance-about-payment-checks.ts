import { addDays, amsterdamDate, type IsoDate } from '../../domain/model/iso-date.ts';
import { describePaymentCheck } from '../../domain/payments/describe-payment-check.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { PrismaClient } from '../generated/client.ts';
import { amendOpenProposal } from '../proposals/amend-open-proposal.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/** The audit event that marks a payment check put to finance: until it exists finance does not see it. */
export const PAYMENT_CHECK_ASKED = 'payment_check.asked';

/** How far before the reported payment day, or before the report when it names no day, is searched. */
const DAYS_BEFORE_REPORTED = 3;
const DAYS_BEFORE_REPORT = 14;

/**
 * Puts to finance every "already paid" check whose window ran out without the payment arriving
 * (the window is the pause the check set: on its last day, so finance has it before the ladder
 * resumes). Each is searched once more (bank entries, payment page payments, payments booked on
 * its invoices) and its rationale rewritten to say what the debtor said and what was searched and
 * found; the `payment_check.asked` audit event releases it to Slack's approvals and the console.
 * One transaction per check with the proposal row locked; a check asked once is never asked again.
 */
export async function askFinanceAboutPaymentChecks({
  prisma,
  today,
  now,
}: {
  prisma: PrismaClient;
  today: IsoDate;
  now: Date;
}): Promise<{ asked: number }> {
  const due = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT p.id::text FROM proposal p
      WHERE p.status = 'proposed' AND p.action = 'check_payment'
        AND NOT EXISTS (SELECT 1 FROM audit_event a
                         WHERE a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.type = $2)
        AND coalesce((SELECT max(dp.until) FROM dunning_pause dp WHERE dp.created_by = 'proposal:' || p.id::text),
                     (p.created_at AT TIME ZONE 'Europe/Amsterdam')::date) <= $1::date
      ORDER BY p.created_at, p.id`,
    today,
    PAYMENT_CHECK_ASKED,
  );
  let asked = 0;
  for (const { id } of due) {
    const done = await prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<
        {
          action: string;
          params: unknown;
          createdAt: Date;
          words: string | null;
          asked: boolean;
        }[]
      >(
        `SELECT p.action, p.params, p.created_at AS "createdAt",
                coalesce(m.cleaned_text, m.raw_text) AS words,
                EXISTS (SELECT 1 FROM audit_event a
                         WHERE a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.type = $2) AS asked
           FROM proposal p LEFT JOIN message m ON m.id = p.message_id
          WHERE p.id = $1::uuid AND p.status = 'proposed' FOR UPDATE OF p`,
        id,
        PAYMENT_CHECK_ASKED,
      );
      if (!row || row.asked) return false;
      const step = parseProposedStep({ id, action: row.action, params: row.params });
      if (step.action !== 'check_payment') return false;
      const { paidOn, amountCents, reference, iban, invoiceIds } = step.params;
      const invoices = await tx.$queryRawUnsafe<{ id: string; number: string; openCents: number }[]>(
        `SELECT id::text, number, open_cents AS "openCents" FROM invoice WHERE id = ANY($1::uuid[]) ORDER BY number`,
        invoiceIds,
      );
      const reportedOn = amsterdamDate(row.createdAt);
      const from = paidOn ? addDays(paidOn, -DAYS_BEFORE_REPORTED) : addDays(reportedOn, -DAYS_BEFORE_REPORT);
      const lookedFor = amountCents ?? invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
      const references = [...invoices.map((invoice) => invoice.number), ...(reference ? [reference] : [])];
      const [bank] = await tx.$queryRawUnsafe<{ entries: number; accounts: string[] }[]>(
        `SELECT count(*)::int AS entries, coalesce(array_agg(DISTINCT account), '{}') AS accounts
           FROM bank_entry WHERE booking_date BETWEEN $1::date AND $2::date`,
        from,
        today,
      );
      const [provider] = await tx.$queryRawUnsafe<{ payments: number }[]>(
        `SELECT count(*)::int AS payments FROM provider_payment
          WHERE provider <> 'bank' AND (created_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $1::date AND $2::date`,
        from,
        today,
      );
      const received = await tx.$queryRawUnsafe<{ amountCents: number; source: string; receivedAt: Date }[]>(
        `SELECT amount_cents AS "amountCents", source, received_at AS "receivedAt"
           FROM payment WHERE invoice_id = ANY($1::uuid[]) ORDER BY received_at`,
        invoiceIds,
      );
      const candidates = await tx.$queryRawUnsafe<
        { bookingDate: Date; amountCents: number; name: string | null; remittance: string }[]
      >(
        `SELECT booking_date AS "bookingDate", amount_cents AS "amountCents", counterparty_name AS name, remittance
           FROM bank_entry
          WHERE direction = 'credit' AND outcome IS DISTINCT FROM 'applied' AND outcome IS DISTINCT FROM 'duplicate'
            AND booking_date BETWEEN $1::date AND $2::date
            AND (amount_cents = $3 OR counterparty_iban = $4
                 OR EXISTS (SELECT 1 FROM unnest($5::text[]) AS r
                             WHERE position(upper(r) IN upper(remittance || ' ' || coalesce(structured_ref, ''))) > 0))
          ORDER BY booking_date, id LIMIT 5`,
        from,
        today,
        lookedFor,
        iban ? iban.replace(/\s+/gu, '').toUpperCase() : null,
        references,
      );
      const rationale = describePaymentCheck({
        debtorWords: row.words,
        reported: { paidOn, amountCents, reference: reference ?? null, iban },
        invoices,
        from,
        to: today,
        bankEntries: bank?.entries ?? 0,
        bankAccounts: bank?.accounts ?? [],
        providerPayments: provider?.payments ?? 0,
        received: received.map((payment) => ({
          amountCents: payment.amountCents,
          source: payment.source,
          on: amsterdamDate(payment.receivedAt),
        })),
        candidates: candidates.map((candidate) => ({
          on: toIsoDate(candidate.bookingDate),
          amountCents: candidate.amountCents,
          name: candidate.name,
          remittance: candidate.remittance,
        })),
      });
      if (!(await amendOpenProposal({ tx, id, rationale }))) return false;
      await insertAuditEvents({
        db: tx,
        events: [
          {
            actor: 'system:payment-checks',
            type: PAYMENT_CHECK_ASKED,
            entityType: 'proposal',
            entityId: id,
            data: {
              from,
              to: today,
              amountCents: lookedFor,
              references,
              bankEntries: bank?.entries ?? 0,
              providerPayments: provider?.payments ?? 0,
              receivedCents: received.reduce((sum, payment) => sum + payment.amountCents, 0),
              candidates: candidates.length,
              at: now.toISOString(),
            },
          },
        ],
      });
      return true;
    });
    if (done) asked += 1;
  }
  return { asked };
}
