import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractReply } from '../extract/extract-reply.ts';
import { parseInboundEmail } from './parse-inbound-email.ts';

export interface ReplyExtractionScore {
  total: number;
  exact: number;
  rate: number;
  /** Case names, as `<folder>/<name>` when the set has a folder per source. */
  failures: string[];
}

const foldWhiteSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** What a reply extractor reads of a case: the text part and, for HTML-only mail, the HTML. */
export type ExtractReplyOf = (input: { text: string; html?: string | undefined }) => string;

async function replyOf(file: string, extract: ExtractReplyOf): Promise<string> {
  if (file.endsWith('.html')) return extract({ text: '', html: readFileSync(file, 'utf8') });
  if (!file.endsWith('.eml')) return extract({ text: readFileSync(file, 'utf8') });
  const email = await parseInboundEmail(readFileSync(file));
  return extract({ text: email.replyText, html: email.html });
}

/** Every `<name>.eml`, `<name>.txt` or `<name>.html` that has a `<name>.expected.txt` beside it. */
function listCases(dir: string, prefix: string): { name: string; input: string; expected: string }[] {
  const cases: { name: string; input: string; expected: string }[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      cases.push(...listCases(path, `${prefix}${entry}/`));
      continue;
    }
    const match = /^(.+?)\.(eml|txt|html)$/u.exec(entry);
    if (!match || entry.endsWith('.expected.txt')) continue;
    const expected = join(dir, `${match[1]}.expected.txt`);
    if (existsSync(expected)) cases.push({ name: `${prefix}${match[1]}`, input: path, expected });
  }
  return cases;
}

/**
 * Exact-match rate of extractReply (or another extractor, for a baseline) on a set laid out as `<name>.eml`, `<name>.txt` or `<name>.html` (an HTML-only body) with the
 * expected reply in `<name>.expected.txt` (subfolders per source allowed), compared after folding
 * white space as measureReplyExtraction does. Raw .eml files go through parseInboundEmail, so the
 * text part is preferred and HTML is converted only when there is none, as in the pipeline.
 */
export async function measureReplyExtractionSet(
  dir: string,
  { extract = extractReply }: { extract?: ExtractReplyOf } = {},
): Promise<ReplyExtractionScore> {
  const failures: string[] = [];
  const cases = listCases(dir, '');
  for (const item of cases) {
    const reply = await replyOf(item.input, extract);
    if (foldWhiteSpace(reply) !== foldWhiteSpace(readFileSync(item.expected, 'utf8')))
      failures.push(item.name);
  }
  const total = cases.length;
  const exact = total - failures.length;
  return { total, exact, rate: total === 0 ? 0 : exact / total, failures };
}
