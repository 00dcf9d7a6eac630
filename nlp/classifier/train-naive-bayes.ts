import type { ReasonCode } from '../../domain/reasons.ts';

export interface NaiveBayesModel {
  readonly classes: readonly ReasonCode[];
  readonly logPrior: number[];
  readonly logLikelihood: Map<string, number[]>;
  readonly logUnseen: number[];
}

/**
 * Multinomial naive Bayes (Laplace smoothing) on the primary label: the baseline learned
 * approach the logistic regression has to beat.
 */
export function trainNaiveBayes(options: {
  examples: readonly { features: ReadonlyMap<string, number>; reason: ReasonCode }[];
  classes: readonly ReasonCode[];
  alpha?: number;
}): NaiveBayesModel {
  const { examples, classes, alpha = 0.1 } = options;
  const k = classes.length;
  const counts = new Map<string, number[]>();
  const totals = new Array<number>(k).fill(0);
  const docs = new Array<number>(k).fill(0);
  for (const example of examples) {
    const c = classes.indexOf(example.reason);
    docs[c]!++;
    for (const name of example.features.keys()) {
      let row = counts.get(name);
      if (!row) {
        row = new Array<number>(k).fill(0);
        counts.set(name, row);
      }
      row[c]!++;
      totals[c]!++;
    }
  }
  const vocabulary = counts.size;
  const logLikelihood = new Map<string, number[]>();
  for (const [name, row] of counts) {
    logLikelihood.set(
      name,
      row.map((count, c) => Math.log((count + alpha) / (totals[c]! + alpha * vocabulary))),
    );
  }
  return {
    classes,
    logPrior: docs.map((count) => Math.log((count + 1) / (examples.length + k))),
    logLikelihood,
    logUnseen: totals.map((total) => Math.log(alpha / (total + alpha * vocabulary))),
  };
}

/** Posterior probabilities per class (softmax of the log joint). */
export function predictNaiveBayes(model: NaiveBayesModel, features: ReadonlyMap<string, number>): number[] {
  const scores = [...model.logPrior];
  for (const name of features.keys()) {
    const row = model.logLikelihood.get(name);
    if (!row) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
  }
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}
