import type { ConfidenceCalibration } from './reason-model.ts';
import { sigmoid } from './train-logistic-regression.ts';

/** The calibrated confidence of one answer from its signals (computeConfidenceSignals). */
export function applyConfidenceCalibration(
  calibration: ConfidenceCalibration,
  signals: readonly number[],
): number {
  let z = calibration.bias;
  for (let j = 0; j < signals.length; j++) z += (calibration.weights[j] ?? 0) * signals[j]!;
  return sigmoid(z);
}
