import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReply } from './extract-reply.ts';

const foldWhiteSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Exact-match rate of extractReply (or another extractor, for a baseline) on a reply-trimming corpus laid out as emails/NAME.txt with the
 * expected reply in trimmed/NAME.txt, compared after folding white space (the corpus convention).
 */
export function measureReplyExtraction(
  corpusDir: string,
  { extract = (text: string) => extractReply({ text }) }: { extract?: (text: string) => string } = {},
): {
  total: number;
  exact: number;
  rate: number;
  failures: string[];
} {
  const names = readdirSync(join(corpusDir, 'emails'))
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const failures: string[] = [];
  for (const name of names) {
    const email = readFileSync(join(corpusDir, 'emails', name), 'utf8');
    const expected = readFileSync(join(corpusDir, 'trimmed', name), 'utf8');
    if (foldWhiteSpace(extract(email)) !== foldWhiteSpace(expected)) failures.push(name);
  }
  const total = names.length;
  const exact = total - failures.length;
  return { total, exact, rate: total === 0 ? 0 : exact / total, failures };
}
