import {
  andrewExcerptsEnd,
  namedAddressWritesEnd,
  saidAttributionEnd,
} from './find-other-attribution-ends.ts';
import { bare, isAttribution, MAX_ATTRIBUTION_CHARS } from './is-attribution.ts';
import { quoteFollows } from './quote-markers.ts';
import {
  ADDRESS_ATTRIBUTION,
  ARCHIVE_ADDRESS_WROTE,
  ATTRIBUTION_END,
  ATTRIBUTION_END_LOST_LETTERS,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_OPENING,
  ATTRIBUTION_START,
  ATTRIBUTION_VERB,
  GROUPWISE_ATTRIBUTION,
  NAME_WROTE,
  NEWS_ATTRIBUTION,
  NUMERIC_DATE_ADDRESS_NO_COLON,
  NUMERIC_DATE_ATTRIBUTION,
  OPENER_WORD,
  ORIGINAL_MESSAGE,
  ORIGINAL_MESSAGE_LOST_LETTERS,
} from './reply-line-patterns.ts';

const MAX_ATTRIBUTION_LINES = 5;

/** A quote marker after an attribution's colon at the end of the line: "wrote: >". */
const GLUED_QUOTE_MARKER = /[:：]\s{0,4}>\s*$/u;

/** Android's "---- Jan Jansen wrote ----": no date, but the dashes make it a marker. */
function isDashedAttribution(line: string, text: string): boolean {
  return (
    /^\s*-{2,}/u.test(line) &&
    /-{2,}\s*$/u.test(line) &&
    text.length <= 100 &&
    ATTRIBUTION_END.test(text) &&
    ATTRIBUTION_VERB.test(text)
  );
}

/** The first line of a news reader's attribution wrapped after "wrote in article". */
const NEWS_WRAPPED = /\b(?:wrote|writes)\s+in\s+(?:message|article)$/iu;

/**
 * Returns the index of the last line of an attribution that starts at `index`, or -1. Clients wrap
 * long attributions ("Op 16 aug. 2014 05:13 schreef X <x@y> het\nvolgende geschreven:"), so a
 * likely start is joined with up to four following lines.
 */
export function findAttributionEnd(lines: readonly string[], index: number): number {
  const line = lines[index] ?? '';
  // Long lines (base64, sequences, unwrapped paragraphs) cannot be attributions; the patterns
  // below scan every position, so they are not run on them.
  if (line.length > MAX_ATTRIBUTION_CHARS + 20) return -1;
  const first = bare(line);
  if (first === '') return -1;
  if (ORIGINAL_MESSAGE.test(first) || ORIGINAL_MESSAGE_LOST_LETTERS.test(first)) return index;
  if (isAttribution(first) || isDashedAttribution(lines[index] ?? '', first)) return index;
  // Yahoo! Mail glues the first quote marker to the attribution ('"Jan" <jan@x.nl> wrote: >') and
  // the first quoted words sit on the next line without one: a quote two lines down confirms it.
  const glued = GLUED_QUOTE_MARKER.exec(first);
  if (
    glued &&
    first.includes('@') &&
    isAttribution(first.slice(0, glued.index + 1)) &&
    quoteFollows(lines, index + 1)
  )
    return index;
  if (
    first.includes('@') &&
    (ADDRESS_ATTRIBUTION.test(first) || GROUPWISE_ATTRIBUTION.test(line) || NEWS_ATTRIBUTION.test(first))
  )
    return index;
  // "Jan <jan@x> wrote in article" + "<id@host>...": the news reader's attribution, wrapped.
  if (first.includes('@') && NEWS_WRAPPED.test(first)) {
    const next = bare(lines[index + 1] ?? '');
    if (next.length <= 120 && NEWS_ATTRIBUTION.test(`${first} ${next}`)) return index + 1;
  }
  const andrew = andrewExcerptsEnd(lines, index, first);
  if (andrew >= 0) return andrew;
  const endsWithColon = /[:：]$/u.test(first);
  if (endsWithColon && first.length <= 80 && NAME_WROTE.test(first) && quoteFollows(lines, index))
    return index;
  const said = saidAttributionEnd(lines, index, first);
  if (said >= 0) return said;
  const named = namedAddressWritesEnd(lines, index, first);
  if (named >= 0) return named;
  if (ARCHIVE_ADDRESS_WROTE.test(first)) return index;
  // An archive's lost letters ("a ?crit :") and Gmail's numeric style without a colon
  // ("2011/6/14 Jan <jan at x.nl>") are attributions only with a quote under them.
  if (
    (NUMERIC_DATE_ADDRESS_NO_COLON.test(first) ||
      (/[?\ufffd]/u.test(first) &&
        ATTRIBUTION_OPENING.test(first) &&
        ATTRIBUTION_EVIDENCE.test(first) &&
        /@|\sat\s/u.test(first) &&
        ATTRIBUTION_END_LOST_LETTERS.test(first))) &&
    quoteFollows(lines, index)
  )
    return index;
  if (NUMERIC_DATE_ATTRIBUTION.test(first)) {
    // "2016-10-24 15:36 GMT+02:00 Foo <\nfoo@bar>:" and "... GMT+01:00\nFoo <foo@bar>:" continue
    // on the next line.
    const next = bare(lines[index + 1] ?? '');
    const continues = /<[^>]*$/u.test(first) || (!/[:：]$/u.test(first) && /[@<]/u.test(next));
    return continues && next.length <= 120 && /[:：]$/u.test(next) ? index + 1 : index;
  }
  const mayStart = ATTRIBUTION_START.test(first) || (first.includes('@') && ATTRIBUTION_VERB.test(first));
  // A finished sentence ("I wrote something.") does not continue as an attribution; "28." may.
  if (!mayStart || /(?:[!?]|\p{L}{4}\.)$/u.test(first)) return -1;
  let joined = first;
  // "Gran Via, 1, 28004, Madrid" looks like a dated opening ("pon., 4 lis"); when a line under it
  // opens with an opener word ("On Wednesday, ...") and the attribution reads whole from there, it
  // starts there, and the line above is the reply, written without a blank line under it.
  const byOpenerWord = OPENER_WORD.test(first);
  let fromOpener = '';
  const last = Math.min(lines.length - 1, index + MAX_ATTRIBUTION_LINES - 1);
  for (let j = index + 1; j <= last; j++) {
    const raw = lines[j] ?? '';
    if (raw.length > 140) return -1;
    const part = bare(raw);
    if (part.length > 120) return -1;
    if (part === '') continue;
    // An attribution of its own further down starts there: "Paid on 14/6." is not part of it.
    if (ORIGINAL_MESSAGE.test(part) || (ATTRIBUTION_OPENING.test(part) && isAttribution(part))) return -1;
    joined = `${joined} ${part}`;
    if (!byOpenerWord && fromOpener === '' && OPENER_WORD.test(part)) fromOpener = part;
    else if (fromOpener !== '') fromOpener = `${fromOpener} ${part}`;
    if (joined.length > MAX_ATTRIBUTION_CHARS) return -1;
    if (ATTRIBUTION_END.test(part) && isAttribution(joined)) {
      return fromOpener !== '' && isAttribution(fromOpener) ? -1 : j;
    }
  }
  return -1;
}
