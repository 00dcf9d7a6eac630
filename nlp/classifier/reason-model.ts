import type { ReasonCode } from '../../domain/reasons.ts';

/**
 * The shipped reason model (nlp/model/reason-model.json): one-vs-rest logistic regression over
 * word and character n-grams, with a shared Platt calibration. One-vs-rest (not softmax) because
 * a reply can carry several reasons; the priority order then picks the primary.
 */
export interface ReasonModel {
  readonly kind: 'ovr-logistic-regression';
  readonly version: string;
  readonly corpusVersion: string;
  readonly classes: readonly ReasonCode[];
  readonly bias: readonly number[];
  /** Feature name -> one weight per class (same order as `classes`). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** p = sigmoid(a * logit + b), fitted on the calibration split. */
  readonly calibration: { readonly a: number; readonly b: number };
  /** A reason "applies" at or above this calibrated probability (tuned on the calibration split). */
  readonly decisionThreshold: number;
  /**
   * A reason also needs at least this fraction of the strongest reason's probability to apply
   * (tuned on the calibration split with the threshold; absent in older models: 0).
   */
  readonly relativeThreshold?: number;
  /**
   * The primary reason's confidence from its probability and its share of all reasons
   * (computeConfidenceSignals), fitted to right/wrong on the calibration split and the dev set
   * (absent in older models: the probability itself is the confidence).
   */
  readonly confidenceCalibration?: ConfidenceCalibration;
}

export interface ConfidenceCalibration {
  readonly weights: readonly number[];
  readonly bias: number;
  /** How much more a wrong answer counted than a right one in the fit. */
  readonly errorWeight: number;
}
