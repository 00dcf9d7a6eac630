import type { Token } from './tokenize-text.ts';

/** Where a token stands in its clause: under a negation, or after a contrast word. */
export interface ClauseScope {
  readonly negated: boolean;
  readonly afterContrast: boolean;
}

/**
 * Words that negate what follows ("not a cash issue", "geen geldprobleem", "kein Geldproblem",
 * "pas de paiement"). Normalised spelling (tokenizeText): lower case, no diacritics.
 */
const NEGATORS = new Set([
  'niet',
  'geen',
  'nooit',
  'niets',
  'niks',
  'nergens',
  'zonder',
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'cannot',
  'without',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'niemals',
  'nichts',
  'ohne',
  'pas',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'sans',
  'ne',
]);

/**
 * Contrast words: what follows them is usually what the writer means ("nothing wrong with the
 * invoice, but AP rejects it without an order number"), what precedes them is what they rule out.
 */
const CONTRAST = new Set([
  'but',
  'however',
  'though',
  'although',
  'maar',
  'echter',
  'alleen',
  'aber',
  'doch',
  'sondern',
  'jedoch',
  'mais',
  'pourtant',
  'cependant',
]);

/** Words that open a new clause and so end a negation's reach ("not late because ..."). */
const CLAUSE_OPENERS = new Set([
  'because',
  'since',
  'so',
  'and',
  'omdat',
  'want',
  'dus',
  'en',
  'weil',
  'denn',
  'und',
  'also',
  'car',
  'parce',
  'donc',
  'et',
]);

/** How many words a negation reaches: "not a cash issue" yes, a whole sentence no. */
const NEGATION_REACH = 4;

const CLAUSE_BREAK = /[.,;:!?\n()]/;
const SENTENCE_BREAK = /[.!?\n]/;

/**
 * Marks each token's scope within its clause: negated (up to four words after a negator, until a
 * comma, full stop or a word that opens a new clause) and after-contrast (from "but/maar/aber/mais"
 * to the end of the sentence). The classifier then sees "not cash" apart from "cash", and the
 * clause a writer means apart from the one they rule out.
 */
export function markClauseScope(tokens: readonly Token[], text: string): ClauseScope[] {
  const scopes: ClauseScope[] = [];
  let negationLeft = 0;
  let afterContrast = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, token.start);
    if (SENTENCE_BREAK.test(gap)) afterContrast = false;
    if (CLAUSE_BREAK.test(gap)) negationLeft = 0;
    const word = token.norm;
    if (CONTRAST.has(word) || CLAUSE_OPENERS.has(word)) negationLeft = 0;
    scopes.push({ negated: negationLeft > 0, afterContrast });
    if (negationLeft > 0) negationLeft--;
    if (CONTRAST.has(word)) afterContrast = true;
    if (isNegator(word)) negationLeft = NEGATION_REACH;
  }
  return scopes;
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || word.startsWith("n'");
}
