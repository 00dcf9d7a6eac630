import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../domain/errors/app-error.ts';
import { type FeatureRows, unpackFeatureRows } from './feature-rows.ts';
import type { ReasonModel } from './reason-model.ts';
import { type LoadedSecondOpinion, prepareSecondOpinion } from './score-second-opinion.ts';

/**
 * The model in the form classification wants: the weights and the second opinion's counts in
 * typed arrays with an offset per feature. `model` keeps everything else; the packed arrays it was
 * read from are dropped, so a process holds the model once.
 */
export interface LoadedReasonModel {
  readonly model: Omit<ReasonModel, 'weights' | 'secondOpinion'>;
  readonly weights: FeatureRows;
  readonly secondOpinion?: LoadedSecondOpinion | undefined;
}

export const DEFAULT_MODEL_PATH = join(import.meta.dirname, '..', 'model', 'reason-model.json');

let loaded: LoadedReasonModel | undefined;

/** Reads the shipped model once per process (lazy: commands that never classify never pay for it). */
export function loadReasonModel(): LoadedReasonModel {
  loaded ??= prepareReasonModel(readModelFile(DEFAULT_MODEL_PATH));
  return loaded;
}

export function prepareReasonModel(model: ReasonModel): LoadedReasonModel {
  const { weights, secondOpinion, ...rest } = model;
  return {
    model: rest,
    weights: unpackFeatureRows(weights, model.classes.length, 'float64', 'weights'),
    secondOpinion: prepareSecondOpinion({ secondOpinion }),
  };
}

function readModelFile(path: string): ReasonModel {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ReasonModel;
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `Cannot read the reason model at ${path}. Run "npm run train:nlp" to build it.`,
      {
        cause: error,
      },
    );
  }
}
