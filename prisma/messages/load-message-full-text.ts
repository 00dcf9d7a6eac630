import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { RawSql } from '../sql/insert-json-rows.ts';

const gunzipAsync = promisify(gunzip);

/**
 * The complete text of a stored message: raw_text when it was kept whole, else the compressed
 * full text (message_full_text) unpacked. Read as base64 (PGlite decodes a bytea result in
 * JavaScript a byte at a time) and unpacked on libuv's thread pool, not on the event loop.
 * null when there is no such message.
 */
export async function loadMessageFullText({
  db,
  messageId,
}: {
  db: RawSql;
  messageId: string;
}): Promise<string | null> {
  const parts = (await db.$queryRawUnsafe(
    `SELECT encode(gzip, 'base64') AS base64 FROM message_full_text WHERE message_id = $1::uuid ORDER BY part`,
    messageId,
  )) as { base64: string }[];
  if (parts.length > 0) {
    const gzip = Buffer.concat(parts.map(({ base64 }) => Buffer.from(base64, 'base64')));
    return (await gunzipAsync(gzip)).toString('utf8');
  }
  const rows = (await db.$queryRawUnsafe('SELECT raw_text FROM message WHERE id = $1::uuid', messageId)) as {
    raw_text: string;
  }[];
  return rows[0]?.raw_text ?? null;
}
