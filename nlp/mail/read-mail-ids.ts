import type { ParsedMail } from 'mailparser';
import { stripControlCharacters } from './strip-control-characters.ts';

const clean = (id: string): string | null => {
  const value = stripControlCharacters(id).trim();
  return value === '' ? null : value;
};

/**
 * Message-ID, In-Reply-To and References as the mail gives them, without control characters:
 * the Message-ID is the mail's identity in the database, and a NUL in it made even the duplicate
 * lookup fail, so a whole chunk of mail could not be stored.
 */
export function readMailIds(parsed: Pick<ParsedMail, 'messageId' | 'inReplyTo' | 'references'>): {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
} {
  return {
    messageId: parsed.messageId === undefined ? null : clean(parsed.messageId),
    inReplyTo: parsed.inReplyTo === undefined ? null : clean(parsed.inReplyTo),
    references: (parsed.references === undefined ? [] : [parsed.references].flat()).flatMap(
      (id) => clean(id) ?? [],
    ),
  };
}
