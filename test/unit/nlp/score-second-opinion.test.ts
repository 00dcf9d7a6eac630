import { describe, expect, it } from 'vitest';
import { prepareSecondOpinion, scoreSecondOpinion } from '../../../nlp/classifier/score-second-opinion.ts';

// Two classes, ten feature occurrences each, two distinct features: with alpha 1 the likelihood of
// "paid" is (8 + 1) / (10 + 2) = 0.75 in class 0 and (0 + 1) / 12 in class 1.
const second = prepareSecondOpinion({
  secondOpinion: {
    kind: 'naive-bayes',
    views: 'wb',
    logPrior: [Math.log(0.5), Math.log(0.5)],
    alpha: 1,
    classTotals: [10, 10],
    vocabulary: 2,
    counts: { features: ['w:paid', 'c:pai'], values: [8, 0, 0, 10] },
  },
})!;

describe('scoreSecondOpinion', () => {
  it('ranks the classes by the words it knows and gives the posterior of the answer', () => {
    const opinion = scoreSecondOpinion(second, new Map([['w:paid', 1]]), 0);
    expect(opinion.agrees).toBe(true);
    expect(opinion.probability).toBeCloseTo(0.9);
    expect(scoreSecondOpinion(second, new Map([['w:paid', 1]]), 1)).toEqual({
      agrees: false,
      probability: expect.closeTo(0.1),
    });
    // Matches the reference naive Bayes: 0.75 / (0.75 + 1 / 12).
    expect(opinion.probability).toBeCloseTo(0.75 / (0.75 + 1 / 12), 10);
  });

  it('skips features of views it does not read and words it never saw', () => {
    const opinion = scoreSecondOpinion(
      second,
      new Map([
        ['c:pai', 1],
        ['w:unknown', 1],
      ]),
      1,
    );
    expect(opinion.probability).toBeCloseTo(0.5);
  });

  it('is absent for models without one', () => {
    expect(prepareSecondOpinion({})).toBeUndefined();
  });
});
