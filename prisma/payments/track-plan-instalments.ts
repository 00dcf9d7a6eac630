import type { TrackedInstalment } from '../../domain/plans/detect-plan-breach.ts';
import type { Prisma } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/** An `installment` row as the payment paths read it. */
export interface InstalmentRow {
  readonly id: string;
  readonly planId: string;
  readonly sequence: number;
  readonly dueDate: Date;
  readonly amountCents: number;
  readonly paidCents: number;
  readonly status: string;
}

/**
 * The instalments of the plans a batch of payments touches, as read, kept per plan while the
 * batch applies payments to them (applyPlanPayment) or takes them back (takeBackPlanPayment),
 * then written in one statement. An instalment paid in full is `paid`; one that no longer is
 * goes back to `due`; the rest keep their status.
 */
export function trackPlanInstalments(rows: readonly InstalmentRow[]) {
  const byPlan = new Map<string, InstalmentRow[]>();
  for (const row of [...rows].sort((a, b) => a.sequence - b.sequence))
    byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
  const changed = new Map<string, { id: string; paid_cents: number; status: string }>();
  return {
    /** The plan's instalments now (after the batch's earlier payments). */
    rows: (planId: string): readonly InstalmentRow[] => byPlan.get(planId) ?? [],
    /** The same, as the domain tracks them (index: the sequence). */
    tracked: (planId: string): TrackedInstalment[] =>
      (byPlan.get(planId) ?? []).map((i) => ({
        index: i.sequence,
        dueDate: toIsoDate(i.dueDate),
        amountCents: i.amountCents,
        paidCents: i.paidCents,
      })),
    /** Takes the plan's instalments to what the domain made of them; the rows after. */
    update(planId: string, next: readonly TrackedInstalment[]): readonly InstalmentRow[] {
      const after = (byPlan.get(planId) ?? []).map((before) => {
        const paidCents = next.find((i) => i.index === before.sequence)?.paidCents ?? before.paidCents;
        if (paidCents === before.paidCents) return before;
        const status =
          paidCents >= before.amountCents ? 'paid' : before.status === 'paid' ? 'due' : before.status;
        changed.set(before.id, { id: before.id, paid_cents: paidCents, status });
        return { ...before, paidCents, status };
      });
      byPlan.set(planId, after);
      return after;
    },
    /** Writes every instalment the batch changed, in one statement. */
    async save(tx: Prisma.TransactionClient): Promise<void> {
      if (changed.size === 0) return;
      await tx.$executeRawUnsafe(
        `UPDATE installment t SET paid_cents = r.paid_cents, status = r.status
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, paid_cents int, status "InstallmentStatus")
          WHERE t.id = r.id`,
        JSON.stringify([...changed.values()]),
      );
    },
  };
}
