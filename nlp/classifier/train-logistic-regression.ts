import type { ReasonCode } from '../../domain/reasons.ts';

export interface TrainingExample {
  readonly features: ReadonlyMap<string, number>;
  /** Every reason that applies (primary and secondary). */
  readonly labels: ReadonlySet<ReasonCode>;
}

export interface LogisticWeights {
  readonly bias: number[];
  readonly weights: Map<string, Float64Array>;
}

/**
 * L2 decay of the shipped model. 1e-4 (was 1e-5) until model 1.5.0: less weight on single rare
 * n-grams, same held-out score. Model 1.6.0 (corpus 1.5.0) decays more: on the dev sets written
 * outside the project (independent-v3 to v5) macro-F1 rose from 1e-4 to 2e-3 while our own
 * independent-v2 fell a little; a smoother model leans less on single phrasings of our corpus
 * (nlp/MODEL.md, "What changed in 1.6.0").
 */
export const DEFAULT_L2 = 2e-3;

/**
 * One-vs-rest logistic regression by stochastic gradient descent with L2 decay (DEFAULT_L2).
 * Positive examples are up-weighted by sqrt(negatives/positives) so rare reasons are not drowned
 * out.
 */
export function trainLogisticRegression(options: {
  examples: readonly TrainingExample[];
  classes: readonly ReasonCode[];
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}): LogisticWeights {
  const { examples, classes, epochs = 40, learningRate = 0.6, l2 = DEFAULT_L2 } = options;
  const k = classes.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Array<number>(k).fill(0);
  const positives = classes.map((reason) => examples.filter((example) => example.labels.has(reason)).length);
  const positiveWeight = positives.map((count) => Math.sqrt((examples.length - count) / Math.max(1, count)));
  const order = examples.map((_example, index) => index);
  let seed = options.seed ?? 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 4294967296;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = learningRate / (1 + epoch * 0.15);
    for (const index of order) {
      const example = examples[index]!;
      const logits = [...bias];
      const rows: [Float64Array, number][] = [];
      for (const [name, value] of example.features) {
        let row = weights.get(name);
        if (!row) {
          row = new Float64Array(k);
          weights.set(name, row);
        }
        rows.push([row, value]);
        for (let c = 0; c < k; c++) logits[c]! += row[c]! * value;
      }
      for (let c = 0; c < k; c++) {
        const target = example.labels.has(classes[c]!) ? 1 : 0;
        const weight = target === 1 ? positiveWeight[c]! : 1;
        const gradient = (sigmoid(logits[c]!) - target) * weight;
        bias[c]! -= rate * gradient;
        for (const [row, value] of rows) row[c] = row[c]! - rate * (gradient * value + l2 * row[c]!);
      }
    }
  }
  return { bias, weights };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
