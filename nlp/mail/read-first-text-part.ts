import { MAX_UNDERSTOOD_TEXT_CHARS } from '../limit-message-input.ts';
import { decodeFlowedText } from './decode-flowed-text.ts';

/** Deeper nesting than this is no body a client shows; the walk stops there. */
const MAX_DEPTH = 20;

interface Entity {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: readonly string[];
}

/** Header fields (lower-case names, unfolded values, first occurrence) and the body lines under them. */
function readEntity(lines: readonly string[]): Entity {
  const fields: [string, string][] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') break;
    const last = fields.at(-1);
    if (/^[ \t]/u.test(line)) {
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const headers = new Map<string, string>();
  for (const [name, value] of fields) if (!headers.has(name)) headers.set(name, value);
  return { headers, body: lines.slice(i + 1) };
}

/** The value of a parameter of a structured field ("boundary", "charset"), unquoted; undefined if absent. */
function parameter(field: string, key: string): string | undefined {
  const match = new RegExp(`;\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'iu').exec(field);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/gu, '$1') : match[2];
}

/** A part with a file name, or marked as an attachment, is a file the client shows, not the body. */
function isFile(headers: ReadonlyMap<string, string>): boolean {
  const disposition = headers.get('content-disposition') ?? '';
  if (/^\s*attachment\b/iu.test(disposition)) return true;
  const type = headers.get('content-type') ?? '';
  return /;\s*(?:file)?name\*?(?:\d+\*?)?\s*=/iu.test(`${type};${disposition}`);
}

/** The parts of a multipart body, each as its lines. */
function splitParts(body: readonly string[], boundary: string): string[][] {
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const line of body) {
    if (line.startsWith(`--${boundary}`)) {
      const rest = line.slice(boundary.length + 2);
      if (/^\s*$/u.test(rest)) {
        if (current) parts.push(current);
        current = [];
        continue;
      }
      if (/^--\s*$/u.test(rest)) {
        if (current) parts.push(current);
        return parts;
      }
    }
    current?.push(line);
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * A line without its trailing spaces and tabs (RFC 2045 6.7: a transport may add them), walked
 * from the end: the regex /[ \t]+$/ would try every start in a long run of spaces, and cost its
 * square.
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  const soft = text.split('\n').map(trimLineEnd).join('\n').replace(/=\n/gu, '');
  for (let i = 0; i < soft.length; i++) {
    const char = soft.charCodeAt(i);
    const hex = soft.slice(i + 1, i + 3);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(char & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * Six characters of JIS X 0208 that the WHATWG decoder reads as Windows does (FULLWIDTH TILDE for
 * the wave dash of "6/12〜6/14", FULLWIDTH HYPHEN-MINUS for the minus sign ...). ISO-2022-JP is JIS
 * X 0208 itself (RFC 1468), whose standard mapping names them otherwise; the fullwidth forms have no
 * other code in it, so the mapping back loses nothing.
 */
const JIS_STANDARD: Readonly<Record<string, string>> = {
  '\uff5e': '\u301c',
  '\u2225': '\u2016',
  '\uff0d': '\u2212',
  '\uffe0': '\u00a2',
  '\uffe1': '\u00a3',
  '\uffe2': '\u00ac',
};

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    const text = new TextDecoder(charset).decode(bytes);
    if (!/^\s*(?:iso-2022-jp|csiso2022jp)\s*$/iu.test(charset)) return text;
    return text.replace(/[\uff5e\u2225\uff0d\uffe0-\uffe2]/gu, (char) => JIS_STANDARD[char] ?? char);
  } catch {
    // An unknown or made-up label ("unknown-8bit", "x-user-defined-2"): read as UTF-8.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * How much of a text part's source is decoded: enough for the MAX_UNDERSTOOD_TEXT_CHARS that
 * understanding reads of it, whatever the encoding (quoted-printable triples a byte, UTF-8 takes up
 * to four per character). Decoding a 25 MB part whole would only be cut afterwards, and cost
 * hundreds of megabytes on the way.
 */
const MAX_PART_SOURCE_CHARS = MAX_UNDERSTOOD_TEXT_CHARS * 16;

/**
 * How much of the mail is walked: the reply's text part starts well within it (headers, a short
 * preamble, perhaps an HTML alternative first). A text part that starts later is not found, and the
 * caller reads the mail's joined text as before; a 25 MB mail costs no more than this.
 */
const MAX_MAIL_SOURCE_BYTES = MAX_PART_SOURCE_CHARS * 2;

/** The first lines of a body, up to about `max` characters (whole lines, so base64 stays aligned). */
function headOf(lines: readonly string[], max: number): readonly string[] {
  let total = 0;
  let count = 0;
  while (count < lines.length && total < max) total += (lines[count++] ?? '').length + 1;
  return count === lines.length ? lines : lines.slice(0, count);
}

function decodeText(entity: Entity): string {
  const headers = entity.headers;
  const type = headers.get('content-type') ?? '';
  const encoding = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const raw = headOf(entity.body, MAX_PART_SOURCE_CHARS).join('\n');
  const bytes =
    encoding === 'base64'
      ? Buffer.from(raw.replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(raw)
        : Buffer.from(raw, 'latin1');
  const text = decodeCharset(bytes, parameter(type, 'charset') ?? 'utf-8').replace(/\r\n?/gu, '\n');
  if ((parameter(type, 'format') ?? '').toLowerCase() !== 'flowed') return text;
  return decodeFlowedText(text, (parameter(type, 'delsp') ?? '').toLowerCase() === 'yes');
}

/**
 * A string: the text of the first text/plain body part. null: an HTML body comes first (the reply
 * is the HTML). undefined: nothing displayable here.
 */
function findBody(entity: Entity, depth: number): string | null | undefined {
  const type = entity.headers.get('content-type') ?? 'text/plain';
  const mediaType = (/^\s*([^;\s]+)/u.exec(type)?.[1] ?? 'text/plain').toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = parameter(type, 'boundary');
    if (!boundary || depth >= MAX_DEPTH) return undefined;
    const parts = splitParts(entity.body, boundary).map(readEntity);
    if (mediaType === 'multipart/alternative') {
      const found = parts.map((part) => findBody(part, depth + 1));
      return found.find((body) => typeof body === 'string') ?? (found.includes(null) ? null : undefined);
    }
    for (const part of parts) {
      const body = findBody(part, depth + 1);
      if (body !== undefined) return body;
    }
    return undefined;
  }
  // A mail whose whole body is a message (a news gateway posts the article so): that message is
  // what the sender wrote. A message attached inside a multipart body is not the reply.
  if (mediaType === 'message/rfc822' && depth === 0) return findBody(readEntity(entity.body), depth + 1);
  if (mediaType !== 'text/plain' && mediaType !== 'text/html') return undefined;
  if (isFile(entity.headers)) return undefined;
  return mediaType === 'text/html' ? null : decodeText(entity);
}

/**
 * The text of a raw mail's first text/plain body part, as the sender wrote it: transfer encoding,
 * charset and format=flowed (RFC 3676) decoded. Later text parts (source files, logs, pages a
 * client attaches inline with a file name) are not the reply, and neither is an attached message.
 * undefined when the body is HTML (the first displayable part, or no text/plain beside it in
 * multipart/alternative) or there is no text part at all: the caller reads the mail as before.
 */
export function readFirstTextPart(raw: Buffer): string | undefined {
  const lines = raw.subarray(0, MAX_MAIL_SOURCE_BYTES).toString('latin1').split(/\r?\n/u);
  const body = findBody(readEntity(lines), 0);
  return typeof body === 'string' ? body : undefined;
}
