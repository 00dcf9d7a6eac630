import { byPriority, type ReasonCode } from '../../domain/reasons.ts';

export interface ReasonDecision {
  readonly reason: ReasonCode;
  readonly secondary: ReasonCode[];
  readonly confidence: number;
}

/**
 * Turns per-reason probabilities into the contract's answer: a reason applies when its probability
 * reaches the threshold and is not far below the strongest reason (at least `relative` times it);
 * the primary is the first applying reason in priority order (issue 3), the rest are secondary.
 * Without the relative bar a weak early-priority guess (say dispute at 0.4) would overrule a
 * near-certain later one (promise_to_pay at 0.98). When none applies, the most probable one is the
 * (low-confidence) primary.
 */
export function decideReasons(
  probabilities: readonly number[],
  classes: readonly ReasonCode[],
  threshold: number,
  relative = 0,
): ReasonDecision {
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  const bar = Math.max(threshold, relative * probabilities[best]!);
  const applying = classes.filter((_reason, index) => probabilities[index]! >= bar);
  if (applying.length === 0)
    return { reason: classes[best]!, secondary: [], confidence: probabilities[best]! };
  const [reason, ...secondary] = byPriority(applying);
  return { reason: reason!, secondary, confidence: probabilities[classes.indexOf(reason!)]! };
}
