import type { FeatureRows } from './feature-rows.ts';

/** Raw one-vs-rest scores of a feature vector; unknown features are ignored. */
export function computeLogits(
  features: ReadonlyMap<string, number>,
  bias: readonly number[],
  weights: FeatureRows,
): number[] {
  const logits = [...bias];
  const { values } = weights;
  for (const [name, value] of features) {
    const offset = weights.offsetOf(name);
    if (offset < 0) continue;
    for (let c = 0; c < logits.length; c++) logits[c]! += values[offset + c]! * value;
  }
  return logits;
}
