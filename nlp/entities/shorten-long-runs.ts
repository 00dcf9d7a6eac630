/** Longer than any amount, date, IBAN (34), invoice or order number, or most links, a person writes. */
const LONG_TOKEN = /\S{201,}/gu;
/** White space beyond what separates words, table columns or paragraphs. */
const LONG_SPACE = /\s{4,}/gu;

/**
 * The text the entity rules read: a run of 201 or more characters without white space (nothing a
 * person writes as one amount, date or number; a sender can write one of 60,000 digits) becomes one
 * space, and a run of four or more white-space characters becomes one space (or an empty line when
 * it holds a line break). The rules and chrono try a match at every position, and on such runs each
 * try scans the whole run: a 64 KB run of digits took 15-25 s, a date followed by 16,000 spaces or
 * line breaks 4-13 s. What the rules find in what
 * people write is unchanged.
 */
export function shortenLongRuns(text: string): string {
  return text.replace(LONG_TOKEN, ' ').replace(LONG_SPACE, (run) => (run.includes('\n') ? '\n\n' : ' '));
}
