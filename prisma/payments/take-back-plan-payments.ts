import { toMajorUnits } from '../../domain/money.ts';
import { takeBackPlanPayment } from '../../domain/plans/take-back-plan-payment.ts';
import type { Prisma } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';
import { type InstalmentRow, trackPlanInstalments } from './track-plan-instalments.ts';

type Tx = Prisma.TransactionClient;

export interface PlanPaymentToTakeBack {
  /** The reversed payment's external id: what the note and the audit event are for. */
  readonly key: string;
  readonly planId: string;
  readonly cents: number;
}

const eur = (cents: number) => `€${toMajorUnits(cents)}`;

/**
 * A payment the bank took back (reversed, or returned as a SEPA return) had paid instalments of
 * a payment plan: inside the caller's transaction, what it paid comes off the plan's instalments
 * (takeBackPlanPayment: latest due first), an instalment paid in full and no longer is `due`
 * again (so the payment page, the chat and the plan's follow-up see it as unpaid), and a plan
 * completed by it is `active` again. Returns, per payment, a sentence for the timeline and
 * finance (none when the plan held nothing of it), and the audit events.
 */
export async function takeBackPlanPayments({
  tx,
  payments,
}: {
  tx: Tx;
  payments: readonly PlanPaymentToTakeBack[];
}): Promise<{
  readonly notes: ReadonlyMap<string, string>;
  readonly audit: Prisma.AuditEventCreateManyInput[];
}> {
  const notes = new Map<string, string>();
  const audit: Prisma.AuditEventCreateManyInput[] = [];
  if (payments.length === 0) return { notes, audit };
  const planIds = [...new Set(payments.map((p) => p.planId))];
  const plans = trackPlanInstalments(
    await tx.$queryRaw<InstalmentRow[]>`
      SELECT id::text, plan_id::text AS "planId", sequence, due_date AS "dueDate", amount_cents AS "amountCents",
             paid_cents AS "paidCents", status::text AS status
        FROM installment WHERE plan_id = ANY(${planIds}::uuid[]) ORDER BY plan_id, sequence FOR UPDATE`,
  );
  for (const payment of payments) {
    if (plans.rows(payment.planId).length === 0 || payment.cents <= 0) continue;
    const back = takeBackPlanPayment({
      instalments: plans.tracked(payment.planId),
      paymentCents: payment.cents,
    });
    if (back.takenCents === 0) continue;
    const unpaid = plans
      .update(payment.planId, back.instalments)
      .filter((i) => back.unpaidAgain.includes(i.sequence))
      .map((i) => `instalment ${i.sequence} (${eur(i.amountCents)} due ${toIsoDate(i.dueDate)})`);
    notes.set(
      payment.key,
      unpaid.length > 0
        ? `The payment plan's ${unpaid.join(' and ')} ${unpaid.length > 1 ? 'are' : 'is'} unpaid again (${eur(back.takenCents)} taken back from the plan).`
        : `${eur(back.takenCents)} taken back from the payment plan's instalments.`,
    );
    audit.push({
      actor: 'provider:bank',
      type: 'plan.payment_taken_back',
      entityType: 'payment_plan',
      entityId: payment.planId,
      data: { payment: payment.key, takenCents: back.takenCents, unpaidAgain: back.unpaidAgain },
    });
  }
  await plans.save(tx);
  const reopened = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE payment_plan SET status = 'active', updated_at = now()
      WHERE id = ANY($1::uuid[]) AND status = 'completed' RETURNING id::text`,
    [...new Set(payments.filter((p) => notes.has(p.key)).map((p) => p.planId))],
  );
  for (const { id } of reopened) {
    audit.push({
      actor: 'provider:bank',
      type: 'plan.reopened',
      entityType: 'payment_plan',
      entityId: id,
      data: {},
    });
  }
  return { notes, audit };
}
