import { type ConceptMatch, matchConcepts } from './concept-lexicon.ts';
import { markClauseScope } from './mark-clause-scope.ts';
import { nameConceptFeature } from './name-concept-feature.ts';
import type { Token } from './tokenize-text.ts';

/**
 * Character 3- and 5-grams inside padded words: robust to typos and inflection
 * (betaald/betaalt/betaling). 3+5 beat 4 alone on both the calibration split and independent-v1.
 */
const CHAR_SIZES = [3, 5] as const;
/**
 * Concept features stand for many words at once, so they start out heavier than one n-gram. At 12
 * (corpus 1.0.0) they drowned the n-grams and the model leaned on lexicon hits tuned to the test
 * split; 3 generalised better on the untouched calibration split and on independent-v1.
 */
export const CONCEPT_BOOST = 3;

export interface TextFeatures {
  readonly features: Map<string, number>;
  readonly concepts: readonly ConceptMatch[];
  /** Offset of each token in the normalised text the concepts were matched on. */
  readonly tokenOffsets: readonly number[];
  /** The features each token contributes (featuresOfToken), kept for the explanation. */
  readonly tokenFeatures: readonly (readonly string[])[];
}

/**
 * Sparse features of a tokenised text: word unigrams (w:), word bigrams (b:), character n-grams
 * within padded words (c:), words under a negation (n:) and after a contrast word (a:), domain
 * concepts (k:) and whether it asks a question (q:). Binary, scaled to unit length so long and
 * short replies weigh the same.
 */
export function extractFeatures(tokens: readonly Token[], rawText = ''): TextFeatures {
  // Distinct names in order of first use; their common value is known once they are counted.
  const features = new Map<string, number>();
  // "not a cash issue" must not read as "cash issue": negated words and the clause after "but"
  // get features of their own, next to the plain ones.
  const scopes = markClauseScope(tokens, rawText);
  const tokenFeatures = tokens.map((_token, i) => {
    const own = featuresOfToken(tokens, i);
    const scope = scopes[i]!;
    if (scope.negated) own.push(`n:${tokens[i]!.norm}`);
    if (scope.afterContrast) own.push(`a:${tokens[i]!.norm}`);
    return own;
  });
  for (const ofToken of tokenFeatures) {
    for (const name of ofToken) features.set(name, 0);
  }
  const tokenOffsets: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    tokenOffsets.push(offset);
    offset += token.norm.length + 1;
  }
  // A concept whose match starts on a negated word is ruled out, not stated.
  const concepts = matchConcepts(tokens.map((token) => token.norm).join(' ')).map((concept) => {
    let at = 0;
    while (at + 1 < tokenOffsets.length && tokenOffsets[at + 1]! <= concept.start) at++;
    return scopes[at]?.negated ? { ...concept, negated: true } : concept;
  });
  const extra = concepts.map(nameConceptFeature);
  if (rawText.includes('?')) extra.push('q:question');
  const total = features.size + extra.length;
  const value = total === 0 ? 0 : 1 / Math.sqrt(total);
  for (const name of features.keys()) features.set(name, value);
  for (const name of extra) features.set(name, value * CONCEPT_BOOST);
  return { features, concepts, tokenOffsets, tokenFeatures };
}

/** The features that token i contributes (its word, the bigram ending at it, its char n-grams). */
export function featuresOfToken(tokens: readonly Token[], i: number): string[] {
  const word = tokens[i]!.norm;
  const { unigram, charGrams } = featuresOfWord(word);
  const previous = tokens[i - 1];
  const out = [unigram, `b:${previous ? previous.norm : '^'}_${word}`];
  if (i === tokens.length - 1) out.push(`b:${word}_$`);
  for (const gram of charGrams) out.push(gram);
  return out;
}

/** What a word contributes wherever it stands: its unigram and character n-grams. */
interface WordFeatures {
  readonly unigram: string;
  readonly charGrams: readonly string[];
}

/**
 * Replies reuse a small vocabulary, so a word's features are built once and kept: building the
 * strings and hashing them again for every occurrence was a large part of classifying. Cleared
 * when full, so that a stream of odd words cannot grow it without bound.
 */
const wordFeatures = new Map<string, WordFeatures>();
const MAX_CACHED_WORDS = 20_000;

function featuresOfWord(word: string): WordFeatures {
  let features = wordFeatures.get(word);
  if (!features) {
    const charGrams: string[] = [];
    if (word !== '0') {
      const padded = ` ${word} `;
      for (const size of CHAR_SIZES) {
        for (let start = 0; start + size <= padded.length; start++)
          charGrams.push(`c:${padded.slice(start, start + size)}`);
      }
    }
    features = { unigram: `w:${word}`, charGrams };
    if (wordFeatures.size >= MAX_CACHED_WORDS) wordFeatures.clear();
    wordFeatures.set(word, features);
  }
  return features;
}
