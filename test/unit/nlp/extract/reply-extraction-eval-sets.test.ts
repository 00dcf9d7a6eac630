import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureReplyExtractionSet } from '../../../../nlp/mail/measure-reply-extraction-set.ts';

const EVAL = join(import.meta.dirname, '..', '..', '..', '..', 'nlp', 'eval');

/**
 * The extraction sets whose failures were read by class (dev sets since issue 16 rounds 2 to 16)
 * keep the scores those rounds reached; the cases each still fails are judgement calls the shared
 * trimming corpus decides the other way, or left on purpose (nlp/MODEL.md).
 */
describe('reply extraction on the sets read by class', () => {
  it.each([
    ['extraction-v1', 84, 88],
    ['extraction-v2', 140, 147],
    ['extraction-v3', 77, 78],
    ['extraction-v4', 28, 30],
    ['extraction-v5', 50, 51],
    ['extraction-v6', 40, 50],
    ['extraction-v7', 49, 51],
    ['extraction-v8', 45, 46],
    ['extraction-v9', 40, 40],
    ['extraction-v10', 45, 46],
    ['extraction-v11', 42, 47],
    ['extraction-v12', 55, 60],
    ['extraction-v13', 44, 45],
    ['extraction-v14', 41, 46],
    ['extraction-v15', 45, 49],
  ] as const)('%s: at least %i of %i exact', async (set, exact, total) => {
    const result = await measureReplyExtractionSet(join(EVAL, set));
    expect(result.total).toBe(total);
    expect(result.exact, result.failures.join(', ')).toBeGreaterThanOrEqual(exact);
  });
});
