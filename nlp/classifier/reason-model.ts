import type { ReasonCode } from '../../domain/reasons.ts';
import type { PackedRows } from './feature-rows.ts';

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
  readonly weights: PackedRows;
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
  /**
   * A multinomial naive Bayes over the words and word pairs (feature prefixes in `views`), trained
   * on the same rows: its agreement with the answer and its probability for it are two more
   * confidence signals (computeConfidenceSignals). Absent in models before 1.8.0.
   */
  readonly secondOpinion?: SecondOpinionModel;
}

export interface SecondOpinionModel {
  readonly kind: 'naive-bayes';
  /** First letters of the feature names it reads ("wnab": words, negated, after-contrast, pairs). */
  readonly views: string;
  readonly logPrior: readonly number[];
  /** Laplace smoothing of the counts. */
  readonly alpha: number;
  /** Feature occurrences per class over all training rows, and the number of distinct features. */
  readonly classTotals: readonly number[];
  readonly vocabulary: number;
  /**
   * Feature name -> in how many training rows of each class it occurs (same order as `classes`).
   * Counts, not log-likelihoods: small integers keep the file small and quick to parse.
   */
  readonly counts: PackedRows;
}

export interface ConfidenceCalibration {
  readonly weights: readonly number[];
  readonly bias: number;
  /** How much more a wrong answer counted than a right one in the fit. */
  readonly errorWeight: number;
}
