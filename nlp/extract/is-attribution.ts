import {
  ATTRIBUTION_END,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_VERB,
  DATED_ADDRESS_ATTRIBUTION,
} from './reply-line-patterns.ts';

export const MAX_ATTRIBUTION_CHARS = 300;

/**
 * The line without trailing white space, stars, underscores and dashes, walked from the end (the
 * regex /[\s*_-]+$/ tries every start in a long run of them and costs its square).
 */
function trimDecorationEnd(line: string): string {
  let end = line.length;
  while (end > 0 && /[\s*_=-]/u.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}

/** Strips quote markers and decoration around a line so that "> -- On ... wrote: --" compares plainly. */
export function bare(line: string): string {
  return trimDecorationEnd(line.replace(/^[\s>|*_=-]+/u, ''))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
}

/** An attribution ("On <date>, <name> wrote:") once quote markers and decoration are gone. */
export function isAttribution(text: string): boolean {
  if (text.length > MAX_ATTRIBUTION_CHARS) return false;
  if (ATTRIBUTION_END.test(text) && ATTRIBUTION_VERB.test(text) && ATTRIBUTION_EVIDENCE.test(text))
    return true;
  // A wrapped address ("Jan <" + "jan@x.nl>:") is joined with a space.
  return /[:：]$/u.test(text) && DATED_ADDRESS_ATTRIBUTION.test(text.replace(/<\s+/gu, '<'));
}
