import type { LadderStep } from '../policy/collections-policy.ts';
import { formatEur } from '../policy/format-eur.ts';
import { parseStepApproval, type StepApproval } from '../policy/parse-step-approval.ts';

/** Whether one ladder letter waits for a person, and why, in words for staff. */
export interface LetterApproval {
  readonly required: boolean;
  /** The rule that decided, as the policy would say it: "always", "never", "above €100.00". */
  readonly rule: string;
  /** Why, as a clause that follows "<step> is due for <invoices>; " in a rationale or the dry run. */
  readonly reason: string;
}

/**
 * Whether a step's letter for a group of invoices needs a person's approval: under "always" it
 * does, under "above <amount>" when the invoices' open amounts together are more than the amount
 * (exactly the amount goes out by itself), under "never" it does not. A step without the setting
 * keeps the behaviour from before it existed: the first step on the debtor's ladder goes out by
 * itself, every later step and any hand-over waits. Only the approval: which letter is due, when,
 * and what it must say (the 14-day term, the costs) is decided elsewhere and never by this.
 */
export function decideLetterApproval({
  step,
  stepIndex,
  principalCents,
}: {
  step: Pick<LadderStep, 'label' | 'approval' | 'handover'>;
  /** The step's place on the debtor's own ladder (0: the first letter they get). */
  stepIndex: number;
  /** The open amounts of the letter's invoices together. */
  principalCents: number;
}): LetterApproval {
  const approval = approvalOf(step, stepIndex);
  const amount = formatEur(principalCents);
  switch (approval.kind) {
    case 'always':
      return {
        required: true,
        rule: 'always',
        reason:
          step.approval === undefined
            ? stepIndex > 0
              ? "every step after the first reminder needs a person's approval."
              : "a hand-over needs a person's approval."
            : `the policy's approval for ${step.label} is "always".`,
      };
    case 'never':
      return {
        required: false,
        rule: 'never',
        reason:
          step.approval === undefined
            ? 'the first reminder goes out by itself.'
            : `the policy's approval for ${step.label} is "never", so it goes out by itself.`,
      };
    case 'above': {
      const limit = formatEur(approval.cents);
      const required = principalCents > approval.cents;
      return {
        required,
        rule: `above ${limit}`,
        reason: required
          ? `the policy's approval for ${step.label} is "above ${limit}" and this letter is about ${amount}.`
          : `the policy's approval for ${step.label} is "above ${limit}" and this letter is about ${amount}, so it goes out by itself.`,
      };
    }
  }
}

function approvalOf(step: Pick<LadderStep, 'approval' | 'handover'>, stepIndex: number): StepApproval {
  if (step.approval === undefined) return { kind: stepIndex > 0 || step.handover ? 'always' : 'never' };
  const read = parseStepApproval(step.approval);
  // The policy schema refuses a value that does not read; a step built in code without the
  // schema still never goes out unapproved on a typo.
  return read.ok ? read.approval : { kind: 'always' };
}
