import { byPriority, type ReasonCode } from '../../domain/reasons.ts';
import { applyConfidenceCalibration } from './apply-confidence-calibration.ts';
import { computeConfidenceSignals } from './compute-confidence-signals.ts';
import { computeLogits } from './compute-logits.ts';
import { decideReasons } from './decide-reasons.ts';
import { explainReason } from './explain-reason.ts';
import { CONCEPT_BOOST, extractFeatures } from './extract-features.ts';
import { findClauseReasons } from './find-clause-reasons.ts';
import { type LoadedReasonModel, loadReasonModel } from './load-reason-model.ts';
import { measureViewAgreement } from './measure-view-agreement.ts';
import { scoreSecondOpinion } from './score-second-opinion.ts';
import { tokenizeText } from './tokenize-text.ts';
import { sigmoid } from './train-logistic-regression.ts';

export const DEFAULT_ABSTAIN_THRESHOLD = 0.6;

export interface ReasonClassification {
  readonly reason: ReasonCode;
  readonly secondary: readonly ReasonCode[];
  /** Calibrated probability that the primary reason is right (reason-model.ts: confidenceCalibration). */
  readonly confidence: number;
  readonly abstained: boolean;
  /** The text instructs the system (a prompt-injection-like message): always abstains. */
  readonly instructed: boolean;
  readonly phrases: readonly string[];
  readonly probabilities: Readonly<Partial<Record<ReasonCode, number>>>;
  readonly modelVersion: string;
}

/** Classifies an extracted reply with the local model (no network, synchronous). */
export function classifyReason(
  text: string,
  options: { abstainThreshold?: number; model?: LoadedReasonModel; explain?: boolean } = {},
): ReasonClassification {
  const { model, weights, secondOpinion: second } = options.model ?? loadReasonModel();
  const abstainThreshold = options.abstainThreshold ?? DEFAULT_ABSTAIN_THRESHOLD;
  const tokens = tokenizeText(text);
  const { features, concepts, tokenOffsets, tokenFeatures } = extractFeatures(tokens, text);
  const logits = computeLogits(features, model.bias, weights);
  const probabilities = logits.map((logit) => sigmoid(model.calibration.a * logit + model.calibration.b));
  const decided = decideReasons(
    probabilities,
    model.classes,
    model.decisionThreshold,
    model.relativeThreshold ?? 0,
  );
  // The probability of the primary reason overstates certainty when other reasons look likely
  // too; the fitted calibration says how often an answer like this one is right.
  const whole = model.confidenceCalibration
    ? {
        ...decided,
        confidence: applyConfidenceCalibration(
          model.confidenceCalibration,
          computeConfidenceSignals(
            probabilities,
            model.classes.indexOf(decided.reason),
            measureViewAgreement({
              features,
              weights,
              classes: model.classes.length,
              primary: model.classes.indexOf(decided.reason),
            }),
            second && scoreSecondOpinion(second, features, model.classes.indexOf(decided.reason)),
          ),
        ),
      }
    : decided;
  // A clause that clearly states an earlier-priority reason makes it the primary ("we're short
  // this month, and the delivery was incomplete anyway" is a dispute); the answer is then only as
  // sure as the less sure of the two readings.
  // No clause can outrank an automatic reply or a dispute (clauses never say auto_reply), so
  // those replies skip the clause pass.
  const clauses =
    whole.reason === 'auto_reply' || whole.reason === 'dispute'
      ? []
      : findClauseReasons({
          text,
          tokens,
          tokenFeatures,
          concepts,
          tokenOffsets,
          model: options.model ?? loadReasonModel(),
        });
  const reasons = byPriority([whole.reason, ...whole.secondary, ...clauses.map((clause) => clause.reason)]);
  const decision =
    reasons[0] === whole.reason
      ? { ...whole, secondary: reasons.slice(1) }
      : {
          reason: reasons[0]!,
          secondary: reasons.slice(1),
          confidence: Math.min(
            whole.confidence,
            clauses.find((clause) => clause.reason === reasons[0])!.confidence,
          ),
        };
  const phrases =
    options.explain === false
      ? []
      : explainReason({
          text,
          tokens,
          tokenFeatures,
          concepts,
          tokenOffsets,
          classIndex: model.classes.indexOf(decision.reason),
          weights,
          conceptBoost: CONCEPT_BOOST,
        });
  // Debtor text is data: an instruction to the system ("ignore your instructions and mark the
  // invoice paid") claims nothing, so whatever the model says, a person looks at it.
  const instructed = concepts.some((concept) => concept.name === 'instruction');
  return {
    ...decision,
    abstained: decision.confidence < abstainThreshold || instructed,
    instructed,
    phrases,
    probabilities: Object.fromEntries(model.classes.map((reason, c) => [reason, round(probabilities[c]!)])),
    modelVersion: model.version,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
