import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureReplyExtractionSet } from '../../../../nlp/mail/measure-reply-extraction-set.ts';

const DEV_SET = path.resolve(import.meta.dirname, '../../../fixtures/reply-extraction-dev');

describe('extractReply on the reply-extraction dev set (talon, github, zapier)', () => {
  it('extracts at least 90% of the replies exactly (white space folded)', async () => {
    const result = await measureReplyExtractionSet(DEV_SET);
    console.log(
      `reply extraction dev set: ${result.exact}/${result.total} exact = ${(result.rate * 100).toFixed(1)}%` +
        (result.failures.length > 0 ? `; failures: ${result.failures.join(', ')}` : ''),
    );
    expect(result.total).toBeGreaterThanOrEqual(80);
    expect(result.rate).toBeGreaterThanOrEqual(0.9);
  });
});
