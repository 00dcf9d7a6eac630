import type { MessageInput } from '../domain/messages/understanding.ts';
import { stripControlCharacters } from './mail/strip-control-characters.ts';

/**
 * How much of a message's body is read to understand it: 64 KiB of text. A debtor's reply is a
 * few hundred characters; what lies beyond 64 KiB is quoted history, logs or an attached
 * document pasted inline, and every step after this (kind, reply, language, reason, entities)
 * costs time and memory in proportion to the text (a 21 MB mail took 2.3 GB). The message
 * itself is stored whole (over 256 KiB compressed beside its row: domain/text/cut-stored-text.ts);
 * only the understanding reads this much.
 */
export const MAX_UNDERSTOOD_TEXT_CHARS = 64 * 1024;
/** HTML carries markup around its text: 1 MiB of it is read to find the first 64 KiB of text. */
export const MAX_UNDERSTOOD_HTML_CHARS = 1024 * 1024;

/** A string cut to `max` code units without splitting a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\ud800-\udbff]/u.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

/**
 * The part of a message that understanding reads: text and HTML cut to the limits above, then
 * control characters removed (a NUL says nothing, and text with one cannot be stored). Every
 * path to understandMessage (e-mail ingestion, chat, both `classify` inputs) goes through it.
 */
export function limitMessageInput(input: MessageInput): MessageInput {
  return {
    ...input,
    text: stripControlCharacters(cut(input.text, MAX_UNDERSTOOD_TEXT_CHARS)),
    ...(input.replyText === undefined
      ? {}
      : { replyText: stripControlCharacters(cut(input.replyText, MAX_UNDERSTOOD_TEXT_CHARS)) }),
    ...(input.subject === undefined ? {} : { subject: stripControlCharacters(cut(input.subject, 4096)) }),
    ...(input.html === undefined
      ? {}
      : { html: stripControlCharacters(cut(input.html, MAX_UNDERSTOOD_HTML_CHARS)) }),
  };
}
