/** Raw one-vs-rest scores of a feature vector; unknown features are ignored. */
export function computeLogits(
  features: ReadonlyMap<string, number>,
  bias: readonly number[],
  lookup: (name: string) => ArrayLike<number> | undefined,
): number[] {
  const logits = [...bias];
  for (const [name, value] of features) {
    const row = lookup(name);
    if (!row) continue;
    for (let c = 0; c < logits.length; c++) logits[c]! += row[c]! * value;
  }
  return logits;
}
