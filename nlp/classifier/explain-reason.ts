import type { ConceptMatch } from './concept-lexicon.ts';
import type { FeatureRows } from './feature-rows.ts';
import { nameConceptFeature } from './name-concept-feature.ts';
import type { Token } from './tokenize-text.ts';

const MAX_PHRASE_WORDS = 6;

/**
 * The phrases of the reply that pushed the model towards one reason: each word gets the summed
 * weight of its own features (word, bigram ending there, character n-grams) plus a share of any
 * domain concept it is part of; runs of positive words become phrases, the strongest few are
 * returned in the reply's own spelling.
 */
export function explainReason(options: {
  text: string;
  tokens: readonly Token[];
  /** What each token contributed to the features (TextFeatures.tokenFeatures). */
  tokenFeatures: readonly (readonly string[])[];
  concepts: readonly ConceptMatch[];
  tokenOffsets: readonly number[];
  classIndex: number;
  weights: FeatureRows;
  conceptBoost: number;
  limit?: number;
}): string[] {
  const {
    text,
    tokens,
    tokenFeatures,
    concepts,
    tokenOffsets,
    classIndex,
    weights,
    conceptBoost,
    limit = 3,
  } = options;
  const weightOf = (name: string) => {
    const offset = weights.offsetOf(name);
    return offset < 0 ? 0 : weights.values[offset + classIndex]!;
  };
  const contributions = tokenFeatures.map((names) => names.reduce((sum, name) => sum + weightOf(name), 0));
  for (const concept of concepts) {
    const weight = weightOf(nameConceptFeature(concept)) * conceptBoost;
    const covered = tokenOffsets.flatMap((offset, i) =>
      offset >= concept.start && offset < concept.end ? [i] : [],
    );
    for (const i of covered) contributions[i]! += weight / covered.length;
  }
  const phrases: { start: number; end: number; score: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (contributions[i]! <= 0) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && contributions[end + 1]! > 0 && end + 1 - i < MAX_PHRASE_WORDS) end++;
    let score = 0;
    for (let j = i; j <= end; j++) score += contributions[j]!;
    phrases.push({ start: tokens[i]!.start, end: tokens[end]!.end, score });
    i = end + 1;
  }
  phrases.sort((a, b) => b.score - a.score);
  const strongest = phrases[0]?.score ?? 0;
  return phrases
    .filter((phrase) => phrase.score >= strongest * 0.25)
    .slice(0, limit)
    .map((phrase) => text.slice(phrase.start, phrase.end));
}
