import type { SecondOpinion } from './score-second-opinion.ts';

/**
 * What the final confidence is computed from: the primary reason's calibrated probability and its
 * share of all reasons' probabilities (as log-odds). One-vs-rest probabilities do not sum to one:
 * a reply where three reasons each look likely is less certain than its best probability says,
 * and the share catches that. On independent-v1 the share ranked right and wrong answers better
 * than the probability alone (coverage at 2% confidently wrong 0.86 -> 0.91). The third signal is
 * the share of the model's views that agree on the primary (measureViewAgreement). The fourth is
 * the strongest probability of a reason that comes before the primary in priority order (the
 * classes are in that order): "paid it against the wrong invoice, please send a statement" answered
 * as invoice_request while already_paid sits just under the bar is a precedence the model did not
 * resolve, and such answers were the confidently wrong ones on the dev sets.
 * Since model 1.8.0 two more come from a second model of another kind (scoreSecondOpinion): whether
 * it ranks the answer first, and its probability for it (as log-odds, divided by four to keep the
 * scale of the others). Cross-fitted on the dev sets, they raised the coverage at 2% confidently
 * wrong from 81.0% to 83.7% on average over independent-v2 to v7 (nlp/MODEL.md).
 */
export function computeConfidenceSignals(
  probabilities: readonly number[],
  primary: number,
  viewAgreement: number,
  second?: SecondOpinion,
): number[] {
  let sum = 0;
  for (const p of probabilities) sum += p;
  const p = probabilities[primary]!;
  let earlier = 0;
  for (let c = 0; c < primary; c++) earlier = Math.max(earlier, probabilities[c]!);
  const signals = [logOdds(p), logOdds(sum === 0 ? 0 : p / sum), viewAgreement, earlier];
  if (second) signals.push(second.agrees ? 1 : 0, logOdds(second.probability) / 4);
  return signals;
}

function logOdds(p: number): number {
  const clamped = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(clamped / (1 - clamped));
}
