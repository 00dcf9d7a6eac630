import { neighbourKind } from './find-neighbour-kind.ts';
import { OTHER_QUOTE, PIPE_QUOTE } from './quote-markers.ts';
import type { ReplyLineKind } from './reply-line-kind.ts';
import { ELISION_MARK } from './reply-line-patterns.ts';

/**
 * Lines quoted with a bar right under an attribution are its quote. A bar elsewhere (a table the
 * person typed) stays text.
 */
export function markPipeQuotes(lines: readonly string[], kinds: ReplyLineKind[]): void {
  let above: ReplyLineKind | undefined;
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i - 1] !== 'e') above = kinds[i - 1];
    const line = lines[i] ?? '';
    if (kinds[i] !== 't' || !OTHER_QUOTE.test(line)) continue;
    // A bar right under an attribution; "--]" and "+>" under an attribution or a quote, blank
    // lines apart.
    const under = PIPE_QUOTE.test(line) ? kinds[i - 1] === 'b' : above === 'b' || above === 'q';
    if (!under) continue;
    while (i < kinds.length && kinds[i] === 't' && OTHER_QUOTE.test(lines[i] ?? '')) kinds[i++] = 'q';
    above = 'q';
    i--;
  }
}

/** A prompt of an interactive session: Python's ">>>", or a program's name ("IDL>", "octave>"). */
const PROMPT_LINE = /^\s*(?:>>>|[A-Za-z]{1,12}>)(?:\s|$)/u;

/**
 * An interactive session pasted into the reply (">>> print total" / "200" / ">>>", "IDL> print,a"
 * with its output): prompt lines and unquoted output lines take turns without a blank line, which
 * a quote and its answer do not (the answer has no prompt to go back to). The prompts are content.
 */
export function markSessionPrompts(lines: readonly string[], kinds: ReplyLineKind[]): void {
  let start = 0;
  while (start < kinds.length) {
    let end = start;
    while (end < kinds.length && kinds[end] !== 'e') end++;
    let promptRuns = 0;
    let output = false;
    let prompts = true;
    for (let i = start; i < end; i++) {
      if (kinds[i] === 'q') {
        if (!PROMPT_LINE.test(lines[i] ?? '')) prompts = false;
        if (kinds[i - 1] !== 'q' || i === start) promptRuns++;
      } else if (kinds[i] === 't' && promptRuns > 0) output = true;
      else if (kinds[i] !== 't') prompts = false;
    }
    if (prompts && output && promptRuns >= 2) {
      for (let i = start; i < end; i++) if (kinds[i] === 'q') kinds[i] = 't';
    }
    start = end + 1;
  }
}

/**
 * "[...]" or "[snip]" next to a quote or its attribution stands for quoted lines the sender left
 * out: part of the quote. Written among the person's own lines, it stays text.
 */
export function markElisionMarks(lines: readonly string[], kinds: ReplyLineKind[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 't' || !ELISION_MARK.test(lines[i] ?? '')) continue;
    const around = [neighbourKind(kinds, i, -1), neighbourKind(kinds, i, 1)];
    if (around.includes('q') || around.includes('b')) kinds[i] = 'q';
  }
}
