import type { LetterKind } from '../notices/action-notice.ts';

/** The letters of the ladder that are formal enough to go on paper: they start a legal term or state costs. */
export function isFormalLetter(letterKind: LetterKind | undefined): boolean {
  return letterKind === 'fourteen_day_letter' || letterKind === 'default_notice';
}
