/**
 * `npm run measure:nlp-left-out -- [--sets independent-v9,independent-v4] [--error-weights 4.5,6]`:
 * how the shipped recipe does on a trained independent set it never saw. Each named set is left
 * out of everything (training, decision rule, confidence); the model is fitted as train:nlp fits
 * it on the corpus and the other trained sets, and the left-out set is scored. This is how model
 * 1.10.0's error weight was chosen (nlp/MODEL.md), without looking at the held-out sets. Prints one
 * line per set and weight; writes nothing. Each line is four fits (about two minutes).
 */
import { parseArgs } from 'node:util';
import { evaluateReasonModel, fitReasonModel } from '../fit-reason-model.ts';
import { listEvalSets } from '../list-eval-sets.ts';
import { readEvalSet } from '../read-eval-set.ts';
import { readCorpusVersion, readReasonCorpus } from '../read-reason-corpus.ts';

function main(): void {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string', default: 'independent-v9,independent-v4' },
      'error-weights': { type: 'string' },
    },
  });
  const trained = listEvalSets(undefined, { fitting: true }).map((set) => set.name);
  const leftOut = values.sets.split(',').map((name) => name.trim());
  const unknown = leftOut.filter((name) => !trained.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `--sets names ${unknown.join(', ')}, which is not a trained set; choose from ${trained.join(', ')} (a held-out set is measured by bench:nlp, never fitted on)`,
    );
  }
  const errorWeights = values['error-weights']?.split(',').map(Number) ?? [undefined];
  if (errorWeights.some((weight) => weight !== undefined && !(weight >= 1))) {
    throw new Error(
      `--error-weights takes numbers of 1 or more, separated by commas (got ${values['error-weights']})`,
    );
  }
  const rows = readReasonCorpus();
  const train = rows.filter((row) => row.split !== 'calibration');
  const calibration = rows.filter((row) => row.split === 'calibration');
  const sets = new Map(trained.map((name) => [name, readEvalSet(name)]));
  for (const name of leftOut) {
    for (const errorWeight of errorWeights) {
      const model = fitReasonModel({
        train,
        calibration,
        trainedDevSets: trained.filter((other) => other !== name).map((other) => sets.get(other)!),
        corpusVersion: readCorpusVersion(),
        ...(errorWeight === undefined ? {} : { errorWeight }),
      });
      const m = evaluateReasonModel(model, sets.get(name)!);
      console.log(
        `${name} left out, error weight ${model.confidenceCalibration?.errorWeight}: macro-F1 ${m.macroF1.toFixed(3)}, coverage ${(m.coverage * 100).toFixed(1)}%, confidently wrong ${(m.confidentlyWrong * 100).toFixed(1)}%, ECE ${m.ece.toFixed(3)} (rule p >= ${model.decisionThreshold}, >= ${model.relativeThreshold} x the strongest)`,
      );
    }
  }
}

main();
