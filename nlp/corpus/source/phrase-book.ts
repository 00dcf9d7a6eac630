import type { Language, ReasonCode } from '../../../domain/reasons.ts';

/** Phrasing families per reason; see phrases-nl.ts for the notation. */
export type PhraseBook = Readonly<Record<ReasonCode, readonly string[]>>;

/** What a language needs besides phrasings: the frame around a reply and the slot fillers. */
export interface LanguageFrame {
  readonly language: Exclude<Language, 'other'>;
  readonly greetings: readonly string[];
  readonly closings: readonly string[];
  /** Our own reminder, as it appears when quoted under a reply. */
  readonly reminders: readonly string[];
  /** Attribution lines above a quote ("Op ... schreef ...:"). */
  readonly attributions: readonly string[];
  readonly subjects: readonly string[];
  readonly slots: Readonly<Record<string, readonly string[]>>;
}
