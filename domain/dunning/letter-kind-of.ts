import type { DebtorKind } from '../model/debtor.ts';
import type { LetterKind } from '../notices/action-notice.ts';
import type { LadderStep } from '../policy/collections-policy.ts';

/**
 * What a ladder step's letter is, whoever sends it (the run by itself, or a person's approval):
 * each kind has its own wording. The first letter on the debtor's ladder that states no costs is
 * a plain reminder (it cannot speak of an earlier one); a consumer's letter stating costs is the
 * 14-day letter (art. 6:96 lid 6 BW); a company's is the notice of default.
 */
export function letterKindOf({
  step,
  stepIndex,
  debtorKind,
}: {
  step: Pick<LadderStep, 'statesCosts' | 'handover'>;
  stepIndex: number;
  debtorKind: DebtorKind;
}): LetterKind {
  if (step.handover) return 'handover';
  if (step.statesCosts) return debtorKind === 'consumer' ? 'fourteen_day_letter' : 'default_notice';
  return stepIndex === 0 ? 'reminder' : 'notice';
}
