import { isAttribution } from './is-attribution.ts';
import {
  ATTRIBUTION_END,
  ATTRIBUTION_OPENING,
  ATTRIBUTION_VERB,
  INLINE_ATTRIBUTION_START,
  OPENER_WORD,
} from './reply-line-patterns.ts';

/** Reply text and an attribution together; longer lines are left alone. */
const MAX_LINE_CHARS = 400;
/**
 * A name and an address before the opener belong to the attribution itself (T-Online,
 * Open-Xchange: "Jan <jan@x.de> hat am 4. Nov. 2024 um 09:12 geschrieben:"), not to reply text.
 */
const SENDER_BEFORE_OPENER = /^[^.!?]{0,80}?[<(]?[^\s<>()]+@[^\s<>()]+[>)]?(?:\s+\p{L}{1,6})?$/u;

/** A date, a time or a year: what the start of a dated attribution holds. */
const DATE_OR_TIME = /\b(?:19|20)\d\d\b|\d{1,2}[:.]\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/u;
/** Opener words that open attributions only: "at", "um", "à" also go on inside a dated one. */
const LEADING_OPENER = /\s(?:On|Op|Am|Le|El|Il|W dniu|Den|På)\s/u;

/** A line that opens with a digit but is reply text up to a capitalized opener word. */
function opensWithReplyText(line: string): boolean {
  if (OPENER_WORD.test(line.trim())) return false;
  const opener = LEADING_OPENER.exec(line);
  if (!opener) return false;
  const head = line.slice(0, opener.index).trim();
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(head) && !DATE_OR_TIME.test(head) && !/,$/u.test(head);
}

/**
 * Puts an attribution that shares its line with reply text on a line of its own:
 * "Thanks! On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" becomes "Thanks!" and the
 * attribution. Clients and HTML conversions drop the line break now and then; the line rules
 * only see attributions that start a line.
 */
export function splitInlineAttributions(lines: readonly string[]): string[] {
  const result: string[] = [];
  for (const line of lines) {
    // Reply text followed by an attribution ends with the attribution's colon.
    if (line.length > MAX_LINE_CHARS || !/[:：]\s*$/u.test(line)) {
      result.push(line);
      continue;
    }
    // "On 4 Nov 2024, at 09:12, Jan wrote:" is one attribution, though "at" may open one too.
    // "11 would be best On Mar 9, 2018 ..." opens with a digit, as a dated attribution does, yet
    // the words before the opener word are reply text: no date, no time, no comma before it.
    const whole =
      ATTRIBUTION_OPENING.test(line.trim()) && isAttribution(line.trim()) && !opensWithReplyText(line);
    if (whole || !ATTRIBUTION_END.test(line) || !ATTRIBUTION_VERB.test(line)) {
      result.push(line);
      continue;
    }
    let split = false;
    for (const match of line.matchAll(INLINE_ATTRIBUTION_START)) {
      const head = line.slice(0, match.index).replace(/[\s-]+$/u, '');
      const rest = line.slice(match.index).replace(/^[\s-]+/u, '');
      if (head.trim() === '' || /^\s*>/u.test(line) || !isAttribution(rest)) continue;
      if (SENDER_BEFORE_OPENER.test(head.trim())) break;
      result.push(head, rest);
      split = true;
      break;
    }
    if (!split) result.push(line);
  }
  return result;
}
