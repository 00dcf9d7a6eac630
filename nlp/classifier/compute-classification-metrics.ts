import type { ReasonCode } from '../../domain/reasons.ts';

export interface ClassMetrics {
  readonly reason: ReasonCode;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface ClassificationMetrics {
  readonly perClass: ClassMetrics[];
  readonly macroF1: number;
  readonly accuracy: number;
  /** confusion[actual][predicted] in `classes` order. */
  readonly confusion: number[][];
  /** Expected calibration error of the primary confidence (10 equal-width bins). */
  readonly ece: number;
  /** The abstain threshold the next three numbers are measured at. */
  readonly threshold: number;
  /** Share of replies answered without abstaining (confidence >= threshold, not abstained). */
  readonly coverage: number;
  /** Accuracy among the replies answered without abstaining. */
  readonly accuracyAnswered: number;
  /**
   * Share of ALL replies answered without abstaining but wrong: each one sends a debtor a wrong
   * automatic answer, so this is the number that matters most.
   */
  readonly confidentlyWrong: number;
}

export interface ClassifiedResult {
  readonly actual: ReasonCode;
  readonly predicted: ReasonCode;
  readonly confidence: number;
  /** The classifier abstained for another reason too (an instruction); default: below threshold. */
  readonly abstained?: boolean;
}

/** Precision/recall/F1 of the primary reason, macro-averaged over classes present in the data. */
export function computeClassificationMetrics(
  results: readonly ClassifiedResult[],
  classes: readonly ReasonCode[],
  threshold = 0.6,
): ClassificationMetrics {
  const confusion = classes.map(() => classes.map(() => 0));
  for (const { actual, predicted } of results)
    confusion[classes.indexOf(actual)]![classes.indexOf(predicted)]!++;
  const perClass = classes.map((reason, c) => {
    const truePositives = confusion[c]![c]!;
    const predicted = confusion.reduce((sum, row) => sum + row[c]!, 0);
    const support = confusion[c]!.reduce((sum, value) => sum + value, 0);
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { reason, precision, recall, f1, support };
  });
  const present = perClass.filter((metrics) => metrics.support > 0);
  const macroF1 = present.reduce((sum, metrics) => sum + metrics.f1, 0) / Math.max(1, present.length);
  const correct = results.filter((result) => result.actual === result.predicted).length;
  const answered = results.filter((result) => !result.abstained && result.confidence >= threshold);
  const answeredCorrect = answered.filter((result) => result.actual === result.predicted).length;
  return {
    perClass,
    macroF1,
    accuracy: correct / Math.max(1, results.length),
    confusion,
    ece: expectedCalibrationError(results),
    threshold,
    coverage: answered.length / Math.max(1, results.length),
    accuracyAnswered: answeredCorrect / Math.max(1, answered.length),
    confidentlyWrong: (answered.length - answeredCorrect) / Math.max(1, results.length),
  };
}

function expectedCalibrationError(
  results: readonly { actual: ReasonCode; predicted: ReasonCode; confidence: number }[],
): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const result of results) {
    const bin = bins[Math.min(9, Math.floor(result.confidence * 10))]!;
    bin.count++;
    bin.confidence += result.confidence;
    bin.correct += result.actual === result.predicted ? 1 : 0;
  }
  return bins.reduce(
    (sum, bin) =>
      bin.count === 0
        ? sum
        : sum + ((bin.count / results.length) * Math.abs(bin.confidence - bin.correct)) / bin.count,
    0,
  );
}
