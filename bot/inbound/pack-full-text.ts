import { gzipSync } from 'node:zlib';
import { FULL_TEXT_PART_BYTES, type FullText } from '../../domain/messages/full-text.ts';
import { MAX_STORED_TEXT_CHARS } from '../../domain/text/cut-stored-text.ts';
import { toStorableText } from '../../domain/text/to-storable-text.ts';

/**
 * The complete text of a mail too long for `raw_text`, ready to store: made storable (NUL and
 * lone surrogates to U+FFFD, as the storage edge does to every other text), gzipped and cut into
 * base64 parts. All per-byte work on the big string happens here, in the prepare worker; the
 * main thread only passes the parts on. null for a text `raw_text` keeps whole.
 */
export function packFullText(text: string): FullText | null {
  if (text.length <= MAX_STORED_TEXT_CHARS) return null;
  const gzip = gzipSync(toStorableText(text));
  const parts: string[] = [];
  for (let start = 0; start < gzip.length; start += FULL_TEXT_PART_BYTES) {
    parts.push(gzip.subarray(start, start + FULL_TEXT_PART_BYTES).toString('base64'));
  }
  return { chars: text.length, parts };
}
