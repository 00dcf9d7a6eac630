/** Bidi controls and the Arabic letter mark: invisible, but they sit inside right-to-left headers. */
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Arabic-Indic and extended (Persian) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * A line as the patterns read it: right-to-left clients wrap header lines in bidi marks
 * ("\u202bفي ٠٤\u200f/٠٧\u200f/٢٠٢٤ ..., كتب ...:\u202c") and print Arabic-Indic digits and the
 * Arabic comma, which the date and time patterns do not know.
 */
export function normalizeScript(line: string): string {
  if (!/[\u0600-\u06ff\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(line)) return line;
  return line
    .replace(BIDI_MARKS, '')
    .replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace(/\u060c/gu, ',');
}
