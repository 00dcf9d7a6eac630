import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageKind } from '../../../domain/reasons.ts';
import { detectMessageKind } from '../../../nlp/kind/detect-message-kind.ts';
import { parseInboundEmail } from '../../../nlp/mail/parse-inbound-email.ts';
import { sharedCorpora } from '../../support/shared-corpora.ts';

const CORPUS = sharedCorpora('auto-replies-and-bounces');

/** The kind the corpus README assigns by file name. */
function expectedKind(name: string): MessageKind {
  if (name.startsWith('rfc3834-')) return 'auto_reply';
  if (name.startsWith('is-not-bounce-')) return 'reply';
  if (name.startsWith('rfc3464-') || name.startsWith('lhost-') || name === 'rb-issue-368-bug.eml')
    return 'bounce';
  throw new Error(`The corpus README assigns no kind to ${name}; add it to this test.`);
}

const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.eml'))
  .sort();

describe('detectMessageKind on the shared auto-replies-and-bounces corpus', () => {
  it('has the files the README describes', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it.each(files)('%s gets the kind its README says', async (name) => {
    const email = await parseInboundEmail(readFileSync(join(CORPUS, name)));
    const result = detectMessageKind({
      headers: email.headers,
      subject: email.subject,
      text: email.text,
    });
    expect(result.kind, result.evidence.join('; ')).toBe(expectedKind(name));
    if (result.kind !== 'reply') expect(result.evidence.length).toBeGreaterThan(0);
  });
});
