import type { IsoDate } from '../model/iso-date.ts';
import type { PlanBreach } from '../plans/detect-plan-breach.ts';
import { formatEur } from '../policy/format-eur.ts';
import type { Language } from '../reasons.ts';
import type { Proposal } from './proposal.ts';

/**
 * What to do when detectPlanBreach reports a breach: the plan no longer protects the invoice,
 * so dunning may resume at the next ladder step. That is an escalation, so a person approves;
 * the proposal carries the missed instalments so finance can also choose to talk first.
 */
export function proposeAfterPlanBreach({
  breach,
  planId,
  invoiceIds,
  replyLanguage,
  today,
}: {
  breach: PlanBreach;
  planId: string;
  invoiceIds: readonly string[];
  replyLanguage: Language;
  today: IsoDate;
}): Proposal | null {
  if (!breach.breached) return null;
  const missed = breach.missed
    .map(
      (m) =>
        `instalment ${m.index + 1} of ${formatEur(m.unpaidCents)} due ${m.dueDate} (grace until ${m.deadline})`,
    )
    .join('; ');
  return {
    action: 'escalate',
    rationale:
      `Payment plan ${planId} is breached as of ${today}: ${missed}; ${formatEur(breach.unpaidCents)} unpaid. ` +
      'End the plan and resume the reminder ladder at the next step, or call the debtor first; a person decides.',
    requiresApproval: true,
    pause: null,
    params: { invoiceIds, replyLanguage, planId, missed: breach.missed, unpaidCents: breach.unpaidCents },
  };
}
