import type { ConfidenceCalibration } from './reason-model.ts';
import { sigmoid } from './train-logistic-regression.ts';

/**
 * Fits confidence = sigmoid(weights . signals + bias) to whether the primary reason was right, by
 * gradient descent on log loss. Wrong answers count `errorWeight` times (fit-reason-model.ts says
 * why): the rows we can fit on are easier than mail nobody here wrote, and a confidently wrong
 * reason sends a debtor a wrong automatic answer, while a low one only asks a person to look.
 */
export function fitConfidenceCalibration(
  samples: readonly { signals: readonly number[]; correct: boolean }[],
  errorWeight: number,
): ConfidenceCalibration {
  const size = samples[0]?.signals.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  let total = 0;
  for (const sample of samples) total += sample.correct ? 1 : errorWeight;
  for (let iteration = 0; iteration < 4000; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    let gradientBias = 0;
    for (const { signals, correct } of samples) {
      let z = bias;
      for (let j = 0; j < size; j++) z += weights[j]! * signals[j]!;
      const error = (sigmoid(z) - (correct ? 1 : 0)) * (correct ? 1 : errorWeight);
      for (let j = 0; j < size; j++) gradient[j]! += error * signals[j]!;
      gradientBias += error;
    }
    for (let j = 0; j < size; j++) weights[j]! -= (0.3 * gradient[j]!) / total;
    bias -= (0.3 * gradientBias) / total;
  }
  return { weights, bias, errorWeight };
}
