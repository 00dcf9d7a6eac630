import { describe, expect, it } from 'vitest';
import { packFeatureRows, unpackFeatureRows } from '../../../nlp/classifier/feature-rows.ts';
import { measureViewAgreement } from '../../../nlp/classifier/measure-view-agreement.ts';

/** Two classes; each feature votes with its weight row. */
const weights = unpackFeatureRows(
  packFeatureRows(
    [
      ['w:paid', [2, 0]],
      ['b:already_paid', [1, 0]],
      ['c:aid', [0.5, 0]],
      ['k:paid_past', [3, 0]],
      ['w:order', [0, 2]],
      ['c:rde', [0, 1]],
    ],
    2,
  ),
  2,
  'float64',
  'weights',
);
const features = (...names: string[]) => new Map(names.map((name) => [name, 1]));

describe('measureViewAgreement', () => {
  it('is 1 when words, word pairs, character n-grams and concepts all favour the primary', () => {
    const all = features('w:paid', 'b:already_paid', 'c:aid', 'k:paid_past');
    expect(measureViewAgreement({ features: all, weights, classes: 2, primary: 0 })).toBe(1);
    expect(measureViewAgreement({ features: all, weights, classes: 2, primary: 1 })).toBe(0);
  });

  it('counts the views that disagree and the views without known features against the answer', () => {
    // Words and concepts say class 0, character n-grams say class 1, no word pair is known.
    const mixed = features('w:paid', 'k:paid_past', 'c:rde', 'b:unknown_pair');
    expect(measureViewAgreement({ features: mixed, weights, classes: 2, primary: 0 })).toBe(0.5);
    expect(measureViewAgreement({ features: mixed, weights, classes: 2, primary: 1 })).toBe(0.25);
  });
});
