import { byPriority, type ReasonCode } from '../../domain/reasons.ts';

export interface ReasonDecision {
  readonly reason: ReasonCode;
  readonly secondary: ReasonCode[];
  readonly confidence: number;
}

/**
 * Turns per-reason probabilities into the contract's answer: every reason at or above the
 * threshold applies; the primary is the first of them in priority order (issue 3), the rest are
 * secondary. When none reaches the threshold the most probable one is the (low-confidence) primary.
 */
export function decideReasons(
  probabilities: readonly number[],
  classes: readonly ReasonCode[],
  threshold: number,
): ReasonDecision {
  const applying = classes.filter((_reason, index) => probabilities[index]! >= threshold);
  if (applying.length === 0) {
    let best = 0;
    for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    return { reason: classes[best]!, secondary: [], confidence: probabilities[best]! };
  }
  const [reason, ...secondary] = byPriority(applying);
  return { reason: reason!, secondary, confidence: probabilities[classes.indexOf(reason!)]! };
}
