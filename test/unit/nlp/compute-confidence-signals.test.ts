import { describe, expect, it } from 'vitest';
import { computeConfidenceSignals } from '../../../nlp/classifier/compute-confidence-signals.ts';

describe('computeConfidenceSignals', () => {
  it('gives the strongest probability of a reason earlier in priority order than the primary', () => {
    // Classes in priority order; the primary is the fourth, two earlier ones look likely.
    const signals = computeConfidenceSignals([0.05, 0.6, 0.3, 0.9, 0.1], 3, 0.75);
    expect(signals).toHaveLength(4);
    expect(signals[2]).toBe(0.75);
    expect(signals[3]).toBe(0.6);
  });

  it('gives 0 when no reason comes before the primary, whatever follows it', () => {
    expect(computeConfidenceSignals([0.9, 0.8, 0.7], 0, 1)[3]).toBe(0);
  });

  it('keeps the primary probability and its share as log-odds', () => {
    const [odds, share] = computeConfidenceSignals([0.5, 0.5], 1, 0.5);
    expect(odds).toBeCloseTo(0);
    expect(share).toBeCloseTo(0);
  });
});

describe('computeConfidenceSignals with a second opinion', () => {
  it('adds whether the second model agrees and its probability as scaled log-odds', () => {
    const agreeing = computeConfidenceSignals([0.2, 0.9], 1, 1, { agrees: true, probability: 0.5 });
    expect(agreeing).toHaveLength(6);
    expect(agreeing[4]).toBe(1);
    expect(agreeing[5]).toBeCloseTo(0);
    const disagreeing = computeConfidenceSignals([0.2, 0.9], 1, 1, { agrees: false, probability: 0.1 });
    expect(disagreeing[4]).toBe(0);
    expect(disagreeing[5]).toBeCloseTo(Math.log(0.1 / 0.9) / 4);
  });
});
