import { sigmoid } from './train-logistic-regression.ts';

/**
 * Fits p = sigmoid(a * logit + b) by gradient descent on log loss over (logit, outcome) pairs
 * from the calibration split. One (a, b) for all reasons: the split is too small to fit ten.
 */
export function fitPlattScaling(pairs: readonly { logit: number; outcome: 0 | 1 }[]): {
  a: number;
  b: number;
} {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 3000; iteration++) {
    let gradientA = 0;
    let gradientB = 0;
    for (const { logit, outcome } of pairs) {
      const error = sigmoid(a * logit + b) - outcome;
      gradientA += error * logit;
      gradientB += error;
    }
    a -= (0.5 * gradientA) / pairs.length;
    b -= (0.5 * gradientB) / pairs.length;
  }
  return { a, b };
}
