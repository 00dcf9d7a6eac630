import type { DebtorKind } from '../model/debtor.ts';
import type { CollectionsPolicy, LadderStep } from '../policy/collections-policy.ts';

/** The policy's ladder steps that apply to a company or a consumer, in order. */
export function ladderForDebtor(policy: CollectionsPolicy, kind: DebtorKind): readonly LadderStep[] {
  return policy.ladder.steps.filter((step) => step.appliesTo === 'all' || step.appliesTo === kind);
}
