import { REASON_CODES, type ReasonCode } from '../../domain/reasons.ts';
import { extractReply } from '../extract/extract-reply.ts';
import { classifyReason } from './classify-reason.ts';
import { computeLogits } from './compute-logits.ts';
import { evaluateReasonClassifier } from './evaluate-reason-classifier.ts';
import { extractFeatures } from './extract-features.ts';
import { fitPlattScaling } from './fit-platt-scaling.ts';
import { prepareReasonModel } from './load-reason-model.ts';
import type { TCorpusRow } from './read-reason-corpus.ts';
import type { ReasonModel } from './reason-model.ts';
import { tokenizeText } from './tokenize-text.ts';
import { trainLogisticRegression } from './train-logistic-regression.ts';

export const MODEL_VERSION = 'reason-ovr-lr-1.1.0';
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

/** Features of a corpus row as production sees it: the extracted reply, never the quote. */
export function featuresOfRow(row: TCorpusRow): Map<string, number> {
  const reply = extractReply({ text: row.text });
  return extractFeatures(tokenizeText(reply), reply).features;
}

/**
 * Trains the one-vs-rest logistic regression on `train`, fits Platt scaling and the decision
 * threshold on `calibration` (never on the rows it will be judged on), and returns the model.
 */
export function fitReasonModel(options: {
  train: readonly TCorpusRow[];
  calibration: readonly TCorpusRow[];
  corpusVersion: string;
}): ReasonModel {
  const { train, calibration, corpusVersion } = options;
  const labelsOf = (row: TCorpusRow) => new Set<ReasonCode>([row.reason, ...row.secondary]);
  const logistic = trainLogisticRegression({
    examples: train.map((row) => ({ features: featuresOfRow(row), labels: labelsOf(row) })),
    classes: REASON_CODES,
  });
  const weights: Record<string, number[]> = {};
  for (const [name, row] of logistic.weights) {
    // Near-zero weights change no decision; dropping them keeps the file small and quick to load.
    if (Math.max(...row.map(Math.abs)) < 0.002) continue;
    weights[name] = [...row].map(round);
  }
  const bias = logistic.bias.map(round);
  const platt = fitPlattScaling(
    calibration.flatMap((row) => {
      const labels = labelsOf(row);
      return computeLogits(featuresOfRow(row), bias, (name) => weights[name]).map((logit, c) => ({
        logit,
        outcome: labels.has(REASON_CODES[c]!) ? (1 as const) : (0 as const),
      }));
    }),
  );
  const draft = (decisionThreshold: number): ReasonModel => ({
    kind: 'ovr-logistic-regression',
    version: MODEL_VERSION,
    corpusVersion,
    classes: REASON_CODES,
    bias,
    weights,
    calibration: { a: round(platt.a), b: round(platt.b) },
    decisionThreshold,
  });
  // The threshold at which a reason "applies" decides when priority overrides probability.
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = evaluateReasonModel(draft(threshold), calibration).macroF1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return draft(best.threshold);
}

export function evaluateReasonModel(model: ReasonModel, rows: readonly TCorpusRow[]) {
  const prepared = prepareReasonModel(model);
  return evaluateReasonClassifier(rows, (reply) =>
    classifyReason(reply, { model: prepared, explain: false }),
  );
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
