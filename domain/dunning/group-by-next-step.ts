import type { DebtorKind } from '../model/debtor.ts';
import type { InvoiceStatus } from '../model/invoice.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { CollectionsPolicy, LadderStep } from '../policy/collections-policy.ts';
import { ladderForDebtor } from './ladder-for-debtor.ts';

/** An invoice with where it stands on the ladder, as the records hold it now. */
export interface LadderInvoice {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
  /** The last ladder step sent for it and the day it was sent (none yet: null). */
  readonly lastStepCode: string | null;
  readonly lastStepSentOn: IsoDate | null;
}

/** The invoices whose next letter is one step, in ladder order. */
export interface NextStepGroup<T extends LadderInvoice> {
  readonly step: LadderStep;
  readonly stepIndex: number;
  readonly invoices: readonly T[];
}

/**
 * Which ladder step each invoice is due for next: the one after the last step sent, grouped so
 * one letter goes per step. What can be told from the records alone: settled and disputed invoices
 * get none, planned ones only when the plan is being ended (`endingPlan`), nor do invoices not yet
 * overdue or at the end of the ladder; each is named in `skipped` with the reason. The law's
 * timing (a consumer's 14-day term) and what the letter states are decided when it is sent
 * (domain/letters/plan-ladder-letter.ts).
 */
export function groupByNextStep<T extends LadderInvoice>({
  invoices,
  debtorKind,
  today,
  policy,
  endingPlan,
}: {
  invoices: readonly T[];
  debtorKind: DebtorKind;
  today: IsoDate;
  policy: CollectionsPolicy;
  endingPlan: boolean;
}): { readonly groups: readonly NextStepGroup<T>[]; readonly skipped: readonly string[] } {
  const ladder = ladderForDebtor(policy, debtorKind);
  const skipped: string[] = [];
  const byStep = new Map<number, T[]>();
  for (const invoice of invoices) {
    const skip = (why: string) => skipped.push(`${invoice.number}: ${why}`);
    if (invoice.openCents <= 0 || ['paid', 'credited', 'written_off'].includes(invoice.status)) {
      skip('settled');
      continue;
    }
    if (invoice.status === 'disputed') {
      skip('in dispute (sales resolves it first)');
      continue;
    }
    if (invoice.status === 'planned' && !endingPlan) {
      skip('in a payment plan');
      continue;
    }
    if (today <= invoice.dueDate) {
      skip(`not overdue (due ${invoice.dueDate})`);
      continue;
    }
    const current = invoice.lastStepCode ? ladder.findIndex((s) => s.code === invoice.lastStepCode) : -1;
    if (invoice.lastStepCode && current < 0) {
      skip(`last step "${invoice.lastStepCode}" is not on the ${debtorKind} ladder`);
      continue;
    }
    if (!ladder[current + 1]) {
      skip('ladder finished');
      continue;
    }
    byStep.set(current + 1, [...(byStep.get(current + 1) ?? []), invoice]);
  }
  const groups = [...byStep.entries()]
    .sort(([a], [b]) => a - b)
    .map(([stepIndex, items]) => ({ step: ladder[stepIndex]!, stepIndex, invoices: items }));
  return { groups, skipped };
}
