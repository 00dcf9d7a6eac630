/**
 * The complete text of a message whose `raw_text` was cut (domain/text/cut-stored-text.ts):
 * gzip, made in the worker thread that parsed the mail, split into base64 parts of at most
 * FULL_TEXT_PART_BYTES. Each part is its own statement, so storing a huge text never costs the
 * main thread more than one part at a time (PGlite runs in this process).
 */
export interface FullText {
  /** Length of the text in UTF-16 code units. */
  readonly chars: number;
  /** Base64 of consecutive pieces of ONE gzip stream. */
  readonly parts: readonly string[];
}

export const FULL_TEXT_PART_BYTES = 1024 * 1024;
