import { describe, expect, it } from 'vitest';
import { measureReplyExtraction } from '../../../nlp/extract/measure-reply-extraction.ts';
import { sharedCorpora } from '../../support/shared-corpora.ts';

const CORPUS = sharedCorpora('reply-trimming');

describe('extractReply on the shared reply-trimming corpus', () => {
  it('matches at least 90% of the expected replies exactly (white space folded)', () => {
    const result = measureReplyExtraction(CORPUS);
    console.log(
      `reply extraction: ${result.exact}/${result.total} exact = ${(result.rate * 100).toFixed(1)}%` +
        (result.failures.length > 0 ? `; failures: ${result.failures.join(', ')}` : ''),
    );
    expect(result.total).toBeGreaterThanOrEqual(60);
    expect(result.rate).toBeGreaterThanOrEqual(0.9);
  });
});
