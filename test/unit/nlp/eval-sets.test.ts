import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../domain/reasons.ts';
import { computeClassificationMetrics } from '../../../nlp/classifier/compute-classification-metrics.ts';
import { listEvalSets } from '../../../nlp/classifier/list-eval-sets.ts';
import { readEvalSet } from '../../../nlp/classifier/read-eval-set.ts';

describe('independent evaluation sets', () => {
  it('lists only the sets whose file exists, so independent-v3 joins when it arrives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    writeFileSync(join(dir, 'independent-v1.jsonl'), '');
    expect(listEvalSets(dir).map((set) => set.name)).toEqual(['independent-v1']);
    writeFileSync(join(dir, 'independent-v3.jsonl'), '');
    expect(listEvalSets(dir).map((set) => set.name)).toEqual(['independent-v1', 'independent-v3']);
  });

  it('never lists a held-out set among the sets the model is trained and its confidence fitted on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    writeFileSync(join(dir, 'independent-v14.jsonl'), '');
    writeFileSync(join(dir, 'independent-v15.jsonl'), '');
    expect(listEvalSets(dir).map((set) => set.name)).toEqual(['independent-v14', 'independent-v15']);
    expect(listEvalSets(dir, { fitting: true }).map((set) => set.name)).toEqual(['independent-v14']);
  });

  it('reads the channel of a row, e-mail when it says none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const row = { text: 'betaal m vrijdag', reason: 'promise_to_pay', secondary: [], language: 'nl' };
    writeFileSync(
      join(dir, 'independent-v3.jsonl'),
      `${JSON.stringify({ id: 'a', ...row, channel: 'chat' })}\n${JSON.stringify({ id: 'b', ...row })}\n`,
    );
    expect(readEvalSet('independent-v3', dir).map((r) => r.channel)).toEqual(['chat', 'email']);
  });

  it('counts coverage and confidently wrong answers at the abstain threshold', () => {
    const metrics = computeClassificationMetrics(
      [
        { actual: 'dispute', predicted: 'dispute', confidence: 0.9 },
        { actual: 'dispute', predicted: 'liquidity', confidence: 0.8 },
        { actual: 'forgotten', predicted: 'other', confidence: 0.4 },
        { actual: 'other', predicted: 'other', confidence: 0.95, abstained: true },
      ],
      REASON_CODES,
    );
    expect(metrics.coverage).toBe(0.5);
    expect(metrics.accuracyAnswered).toBe(0.5);
    expect(metrics.confidentlyWrong).toBe(0.25);
  });
});
