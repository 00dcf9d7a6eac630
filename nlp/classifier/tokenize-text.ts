/** A word of the message with where it sits in the original text, for explanations. */
export interface Token {
  /** Normalised: lower case, diacritics folded (ü -> ue, é -> e), digits masked as 0. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Splits text into normalised words. German umlauts fold to their two-letter spelling (people
 * without a German keyboard write "ueber"), other diacritics are dropped, digits become 0 so
 * dates and amounts share features without memorising numbers.
 */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (norm.length === 0) continue;
    tokens.push({ norm, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Plain ASCII words, which folding and NFKD leave as they are. */
const PLAIN = /^[\w']*$/;

function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have nothing to fold: only their digits are masked.
  if (PLAIN.test(lower)) return lower.replace(/\d+/g, '0');
  return lower
    .replace(/[äöüß]/g, (char) => GERMAN_FOLDS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .replace(/\d+/g, '0');
}
