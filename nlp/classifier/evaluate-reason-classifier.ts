import { REASON_CODES, type ReasonCode } from '../../domain/reasons.ts';
import { extractReply } from '../extract/extract-reply.ts';
import {
  type ClassificationMetrics,
  computeClassificationMetrics,
} from './compute-classification-metrics.ts';
import type { TCorpusRow } from './read-reason-corpus.ts';

export type ReasonPredictor = (reply: string) => {
  reason: ReasonCode;
  confidence: number;
  abstained?: boolean;
};

/**
 * Runs a predictor over corpus rows the way production does: our quoted reminder is cut off by
 * extractReply first, so the quote can never decide the reason.
 */
export function evaluateReasonClassifier(
  rows: readonly TCorpusRow[],
  predict: ReasonPredictor,
): ClassificationMetrics {
  const results = rows.map((row) => {
    const prediction = predict(extractReply({ text: row.text }));
    return {
      actual: row.reason,
      predicted: prediction.reason,
      confidence: prediction.confidence,
      ...(prediction.abstained === undefined ? {} : { abstained: prediction.abstained }),
    };
  });
  return computeClassificationMetrics(results, REASON_CODES);
}
