import type { FullText } from '../../domain/messages/full-text.ts';
import type { RawSql } from '../sql/insert-json-rows.ts';

/**
 * Stores the complete texts of messages whose raw_text was cut: one statement per part, each
 * part its own parameter, decoded from base64 by the database. Not a bytea parameter: PGlite
 * turns one into hex in JavaScript a byte at a time; not inside the bulk JSON document either,
 * which is built, scanned and parsed as a whole.
 */
export async function insertFullTexts({
  db,
  texts,
}: {
  db: RawSql;
  texts: readonly { messageId: string; fullText: FullText }[];
}): Promise<void> {
  for (const { messageId, fullText } of texts) {
    for (const [part, base64] of fullText.parts.entries()) {
      await db.$queryRawUnsafe(
        `INSERT INTO message_full_text (message_id, part, chars, gzip)
           VALUES ($1::uuid, $2::int, $3::int, decode($4::text, 'base64'))`,
        messageId,
        part,
        fullText.chars,
        base64,
      );
    }
  }
}
