/**
 * `npm run train:nlp`: compares the approaches on the held-out split (unseen phrasing families),
 * then writes the shipped model (nlp/model/reason-model.json) and the comparison (nlp/MODEL.md).
 *
 * Two logistic-regression fits: one on the train split only, which is what the held-out numbers
 * measure, and the shipped one on train + test (more phrasings for the real world) and, since
 * model 1.10.0, the independent sets that are not held out, with the same settings and the same
 * calibration split.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byPriority, REASON_CODES } from '../../../domain/reasons.ts';
import type { ClassificationMetrics } from '../compute-classification-metrics.ts';
import { evaluateReasonClassifier } from '../evaluate-reason-classifier.ts';
import { extractFeatures } from '../extract-features.ts';
import { evaluateReasonModel, featuresOfRow, fitReasonModel } from '../fit-reason-model.ts';
import { listEvalSets } from '../list-eval-sets.ts';
import { readEvalSet } from '../read-eval-set.ts';
import { readCorpusVersion, readReasonCorpus } from '../read-reason-corpus.ts';
import { scoreKeywordRules } from '../score-keyword-rules.ts';
import { tokenizeText } from '../tokenize-text.ts';
import { predictNaiveBayes, trainNaiveBayes } from '../train-naive-bayes.ts';
import { writeModelReport } from './write-model-report.ts';

const NLP_DIR = join(import.meta.dirname, '..', '..');

/** How each independently written set was made and used, for the model card. */
const EVAL_NOTES: Record<string, string> = {
  'independent-v1':
    'trained on since model 1.10.0, so its numbers are in-sample, not a measure; before that the dev set, so contaminated: written by a project engineer before the corpus was read and measured once on the first model (0.791); its errors were then read while adding corpus batches 3 and 4 and changing features, it helps choose the decision rule, and with the calibration split it is what the confidence is fitted on. Model 1.2.0 (before issue 16): macro-F1 0.904, coverage 85.1%, confidently wrong 4.0%.',
  'independent-v2':
    'trained on since model 1.10.0, so its numbers are in-sample, not a measure; before that written by the same engineer after only the first v1 error list had been seen, before any change, and never tuned on (the first model scored 0.773 on it); only its totals were looked at (during issue 16 once mid-way, when its test floor failed at 0.898, and at the end). The honest number among our own sets. Model 1.2.0 (before issue 16): macro-F1 0.904, coverage 87.8%, confidently wrong 6.1%. Since model 1.4.0 a dev set: its errors were read by class for corpus batch 5 (model 1.3.0: macro-F1 0.923, coverage 83.9%, confidently wrong 2.2%).',
  'independent-v3':
    'trained on since model 1.10.0, so its numbers are in-sample, not a measure; before that written outside the model work by someone who had seen neither the corpus nor the training phrases of these classes, given only the label definitions and the priority order; a third chat turns, a third with quoted reminders, all four languages. Reported once on model 1.3.0 (macro-F1 0.818, coverage 71.8%, confidently wrong 8.1%); since model 1.4.0 a dev set: its errors were read by class for corpus batch 5 and the concepts, never copied; it takes no part in any fit. Its errors were read by class again for corpus batch 7 (model 1.6.0).',
};

/**
 * The model card's slice per later corpus batch (its families' tag, the slice's name). Batches 7
 * and 8 were written for the model after theirs (1.6.0, 1.7.0): their test families are each
 * batch's own held-out check.
 */
const BATCH_SLICES: readonly (readonly [tag: string, name: string])[] = [
  ['b3-', 'batch 3'],
  ['b4-', 'batch 4 (negation, contrast, chat turns, ...)'],
  ['b5-', 'batch 5'],
  ['b6-', 'batch 6'],
  ['b7-', 'batch 7 (own held-out check of corpus 1.5.0)'],
  ['b8-', 'batch 8 (own held-out check of corpus 1.6.0)'],
  ['b9-', 'batch 9 (own held-out check of corpus 1.7.0)'],
];

function main(): void {
  const started = Date.now();
  const rows = readReasonCorpus();
  const corpusVersion = readCorpusVersion();
  const train = rows.filter((row) => row.split === 'train');
  const calibration = rows.filter((row) => row.split === 'calibration');
  const test = rows.filter((row) => row.split === 'test');
  // Since model 1.10.0 the shipped model is trained on every independent set that is not held out
  // (one array per set: they choose its decision rule and fit its confidence only out of fold).
  const trainedDevSets = listEvalSets(undefined, { fitting: true }).map((set) => readEvalSet(set.name));
  // The held-out split's fit compares the approaches on the corpus alone, as before 1.10.0:
  // trained on the train split only, its decision rule chosen on the calibration split and
  // independent-v1, its confidence fitted on the calibration split and the same sets.
  const dev = readEvalSet('independent-v1');
  const confidenceDev = trainedDevSets.flat();

  const rules = evaluateReasonClassifier(test, (reply) => {
    const scores = scoreKeywordRules(
      tokenizeText(reply)
        .map((token) => token.norm)
        .join(' '),
    );
    const applying = REASON_CODES.filter((_reason, c) => scores[c]! >= 1.5);
    const reason = byPriority(applying)[0] ?? 'other';
    return { reason, confidence: 1 - Math.exp(-(scores[REASON_CODES.indexOf(reason)]! || 0.7)) };
  });
  const bayes = trainNaiveBayes({
    examples: train.map((row) => ({ features: featuresOfRow(row), reason: row.reason })),
    classes: REASON_CODES,
  });
  const naiveBayes = evaluateReasonClassifier(test, (reply) => {
    const posterior = predictNaiveBayes(bayes, extractFeatures(tokenizeText(reply), reply).features);
    const best = posterior.indexOf(Math.max(...posterior));
    return { reason: REASON_CODES[best]!, confidence: posterior[best]! };
  });
  const heldOutModel = fitReasonModel({ train, calibration, dev, confidenceDev, corpusVersion });
  const logistic = evaluateReasonModel(heldOutModel, test);
  const comparison: { name: string; metrics: ClassificationMetrics }[] = [
    { name: 'keyword rules (baseline)', metrics: rules },
    { name: 'multinomial naive Bayes', metrics: naiveBayes },
    { name: 'one-vs-rest logistic regression (calibrated)', metrics: logistic },
  ];
  const best = [...comparison].sort((a, b) => b.metrics.macroF1 - a.metrics.macroF1)[0]!;
  if (best !== comparison[2])
    console.warn(
      `warning: ${best.name} beat the logistic regression; the runtime ships the logistic regression.`,
    );

  const shipped = fitReasonModel({ train: [...train, ...test], calibration, trainedDevSets, corpusVersion });
  writeFileSync(join(NLP_DIR, 'model', 'reason-model.json'), `${JSON.stringify(shipped)}\n`);
  const quoted = test.filter((row) => row.quoted);
  const mixed = test.filter((row) => row.secondary.length > 0);
  writeModelReport(join(NLP_DIR, 'MODEL.md'), {
    model: shipped,
    heldOutModel,
    comparison,
    perLanguage: Object.fromEntries(
      ['nl', 'en', 'fr', 'de'].map((language) => [
        language,
        evaluateReasonModel(
          heldOutModel,
          test.filter((row) => row.language === language),
        ),
      ]),
    ),
    slices: [
      { name: 'rows with our reminder quoted below', metrics: evaluateReasonModel(heldOutModel, quoted) },
      { name: 'rows with mixed reasons', metrics: evaluateReasonModel(heldOutModel, mixed) },
      {
        name: 'batches 1-2 (the first model was judged on these)',
        metrics: evaluateReasonModel(
          heldOutModel,
          test.filter((row) => !/b[3-9]-/.test(row.family)),
        ),
      },
      ...BATCH_SLICES.map(([tag, name]) => ({
        name,
        metrics: evaluateReasonModel(
          heldOutModel,
          test.filter((row) => row.family.includes(tag)),
        ),
      })),
    ],
    heldOutCalibrationF1: evaluateReasonModel(heldOutModel, calibration).macroF1,
    independent: listEvalSets().map(({ name, note }) => ({
      name,
      note: EVAL_NOTES[name] ?? note,
      metrics: evaluateReasonModel(shipped, readEvalSet(name)),
    })),
    counts: {
      train: train.length,
      calibration: calibration.length,
      test: test.length,
      features: shipped.weights.features.length,
    },
  });
  for (const { name, metrics } of comparison)
    console.log(`${name}: macro-F1 ${metrics.macroF1.toFixed(3)}, ECE ${metrics.ece.toFixed(3)}`);
  console.log(
    `shipped ${shipped.version}: trained on ${train.length + test.length} corpus rows and ${trainedDevSets.flat().length} independent replies, threshold ${shipped.decisionThreshold}, ${shipped.weights.features.length} features; ${Date.now() - started} ms`,
  );
}

main();
