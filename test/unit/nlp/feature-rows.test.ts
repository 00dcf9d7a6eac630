import { describe, expect, it } from 'vitest';
import { packFeatureRows, unpackFeatureRows } from '../../../nlp/classifier/feature-rows.ts';

describe('feature rows', () => {
  it('finds each row by name after packing, and -1 for a name it does not hold', () => {
    const rows = unpackFeatureRows(
      packFeatureRows(
        [
          ['w:betaald', [0.5, -1.25]],
          ['c:aal', [2, 0]],
        ],
        2,
      ),
      2,
      'float64',
      'weights',
    );
    const offset = rows.offsetOf('c:aal');
    expect([rows.values[offset], rows.values[offset + 1]]).toEqual([2, 0]);
    expect(Array.from(rows.values.subarray(rows.offsetOf('w:betaald'), 2))).toEqual([0.5, -1.25]);
    expect(rows.offsetOf('w:onbekend')).toBe(-1);
  });

  it('refuses a row of the wrong width when packing', () => {
    expect(() => packFeatureRows([['w:x', [1, 2, 3]]], 2)).toThrow('Row "w:x" has 3 numbers, not 2.');
  });

  it('refuses a model file whose arrays do not fit each other, and says how to rebuild it', () => {
    const unfit = () =>
      unpackFeatureRows({ features: ['w:a', 'w:b'], values: [1, 2, 3] }, 2, 'uint32', 'counts');
    expect(unfit).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    expect(unfit).toThrow(
      /counts are not 2 numbers per feature \(2 features, 3 numbers\).*npm run train:nlp/u,
    );
    // A file in the earlier layout (an object of rows per feature) is refused the same way.
    const old = { 'w:a': [1, 2] } as unknown as { features: string[]; values: number[] };
    expect(() => unpackFeatureRows(old, 2, 'float64', 'weights')).toThrow(/npm run train:nlp/u);
  });
});
