import { isAttribution } from './classify-reply-lines.ts';
import {
  ATTRIBUTION_END,
  ATTRIBUTION_OPENING,
  ATTRIBUTION_VERB,
  INLINE_ATTRIBUTION_START,
} from './reply-line-patterns.ts';

/** Reply text and an attribution together; longer lines are left alone. */
const MAX_LINE_CHARS = 400;
/**
 * A name and an address before the opener belong to the attribution itself (T-Online,
 * Open-Xchange: "Jan <jan@x.de> hat am 4. Nov. 2024 um 09:12 geschrieben:"), not to reply text.
 */
const SENDER_BEFORE_OPENER = /^[^.!?]{0,80}?[<(]?[^\s<>()]+@[^\s<>()]+[>)]?(?:\s+\p{L}{1,6})?$/u;

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
    const whole = ATTRIBUTION_OPENING.test(line.trim()) && isAttribution(line.trim());
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
