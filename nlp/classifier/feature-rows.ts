import { AppError } from '../../domain/errors/app-error.ts';

/**
 * Feature name -> a row of numbers (one per class), as reason-model.json stores them: the names
 * once, then every row one after the other in the same order. A JSON object of 133,594 small
 * arrays took about 100 MB to parse and hold; two flat arrays parse into a fraction of that.
 */
export interface PackedRows {
  readonly features: readonly string[];
  readonly values: readonly number[];
}

/** PackedRows in lookup form: the rows in one typed array, and where each feature's row starts. */
export interface FeatureRows {
  /** Numbers per row (the model's classes). */
  readonly width: number;
  readonly values: Float64Array | Uint32Array;
  /** The offset of the feature's row in `values`, or -1 for a feature the model does not know. */
  offsetOf(name: string): number;
}

/** Packs rows of `width` numbers in the order given. */
export function packFeatureRows(
  rows: Iterable<readonly [string, readonly number[]]>,
  width: number,
): PackedRows {
  const features: string[] = [];
  const values: number[] = [];
  for (const [name, row] of rows) {
    if (row.length !== width) throw new Error(`Row "${name}" has ${row.length} numbers, not ${width}.`);
    features.push(name);
    for (const value of row) values.push(value);
  }
  return { features, values };
}

/**
 * Unpacks rows read from a model file into lookup form. Weights are doubles; the second opinion's
 * counts are whole numbers, held in 32 bits. A file whose arrays do not fit each other is refused
 * with the way to rebuild it.
 */
export function unpackFeatureRows(
  packed: PackedRows,
  width: number,
  kind: 'float64' | 'uint32',
  what: string,
): FeatureRows {
  const { features, values } = packed;
  if (!Array.isArray(features) || !Array.isArray(values) || values.length !== features.length * width) {
    throw new AppError(
      'CONFIG_INVALID',
      `The reason model's ${what} are not ${width} numbers per feature (${features?.length} features, ${values?.length} numbers). Run "npm run train:nlp" to rebuild nlp/model/reason-model.json.`,
    );
  }
  const table = kind === 'float64' ? Float64Array.from(values) : Uint32Array.from(values);
  const offsets = new Map<string, number>();
  for (let index = 0; index < features.length; index++) offsets.set(features[index]!, index * width);
  return { width, values: table, offsetOf: (name) => offsets.get(name) ?? -1 };
}
