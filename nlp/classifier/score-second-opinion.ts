import { type FeatureRows, unpackFeatureRows } from './feature-rows.ts';
import type { ReasonModel } from './reason-model.ts';

/** The second opinion in lookup form (prepareReasonModel). */
export interface LoadedSecondOpinion {
  readonly views: string;
  /** views as a table by character code: the check runs for every feature of every reply. */
  readonly readsView: Uint8Array;
  readonly logPrior: readonly number[];
  readonly alpha: number;
  /** log(class total + alpha x vocabulary): the denominator of every likelihood of a class. */
  readonly logDenominators: readonly number[];
  /** log(n + alpha) for every count n up to the largest class total: a lookup, not a logarithm. */
  readonly logCounts: Float64Array;
  readonly counts: FeatureRows;
}

/** What the second opinion says about an answer: whether it ranks it first, and its probability. */
export interface SecondOpinion {
  readonly agrees: boolean;
  readonly probability: number;
}

export function prepareSecondOpinion(
  model: Pick<ReasonModel, 'secondOpinion'>,
): LoadedSecondOpinion | undefined {
  const second = model.secondOpinion;
  if (!second) return undefined;
  return {
    views: second.views,
    readsView: Uint8Array.from({ length: 128 }, (_value, code) =>
      second.views.includes(String.fromCharCode(code)) ? 1 : 0,
    ),
    logPrior: second.logPrior,
    alpha: second.alpha,
    logDenominators: second.classTotals.map((total) => Math.log(total + second.alpha * second.vocabulary)),
    logCounts: Float64Array.from({ length: Math.max(0, ...second.classTotals) + 1 }, (_value, n) =>
      Math.log(n + second.alpha),
    ),
    counts: unpackFeatureRows(second.counts, second.logPrior.length, 'uint32', 'second-opinion counts'),
  };
}

/**
 * Scores a reply's features with the naive Bayes second opinion (reason-model.ts: secondOpinion):
 * presence of the words and word pairs only, a generative model of another kind than the logistic
 * regression, so that where the two disagree the answer rests on evidence one of them reads
 * differently. One lookup per word feature; features of other views are skipped.
 */
export function scoreSecondOpinion(
  second: LoadedSecondOpinion,
  features: ReadonlyMap<string, number>,
  primary: number,
): SecondOpinion {
  const scores = [...second.logPrior];
  const counts = second.counts.values;
  let known = 0;
  for (const name of features.keys()) {
    if (second.readsView[name.charCodeAt(0)] !== 1) continue;
    const offset = second.counts.offsetOf(name);
    if (offset < 0) continue;
    known++;
    for (let c = 0; c < scores.length; c++) scores[c]! += second.logCounts[counts[offset + c]!]!;
  }
  // Multinomial naive Bayes: each known feature adds log((count + alpha) / denominator).
  for (let c = 0; c < scores.length; c++) scores[c]! -= known * second.logDenominators[c]!;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  const max = scores[best]!;
  let sum = 0;
  for (const score of scores) sum += Math.exp(score - max);
  return { agrees: best === primary, probability: Math.exp(scores[primary]! - max) / sum };
}
