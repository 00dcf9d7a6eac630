import type { ConceptMatch } from './concept-lexicon.ts';

/**
 * The feature name of a concept match: `k:forgot`, or `k:no_forgot` when the match stands under a
 * negation ("it's not that we forgot, ..."). A concept ruled out is evidence of its own kind, not
 * evidence for the concept: "not a cash problem, it slipped my mind" must not fire money trouble.
 */
export function nameConceptFeature(concept: ConceptMatch): string {
  return concept.negated ? `k:no_${concept.name}` : `k:${concept.name}`;
}
