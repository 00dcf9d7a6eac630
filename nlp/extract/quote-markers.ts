import { QUOTE_LINE } from './reply-line-patterns.ts';

/** The next line with text is quoted. */
export function quoteFollows(lines: readonly string[], index: number): boolean {
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line.trim() !== '') return QUOTE_LINE.test(line) || OTHER_QUOTE.test(line);
  }
  return false;
}

/** A line quoted with a bar: "|text", " | text" (mh and some Unix mailers quote so). */
export const PIPE_QUOTE = /^ ?\|/u;

/** Quote marks other than ">": a bar, pine users' "--]", supercite's "+>" for an unnamed sender. */
export const OTHER_QUOTE = /^ ?\||^\s{0,4}(?:--\]|\+>)/u;
