/** One `method=result` of an Authentication-Results field, with its properties. */
export interface AuthenticationResult {
  /** Lower case: `dmarc`, `spf`, `dkim`, `arc`, ... (a method version, `dkim/1`, is dropped). */
  readonly method: string;
  /** Lower case: `pass`, `fail`, `softfail`, `none`, ... */
  readonly result: string;
  /**
   * `ptype.property` (lower case) to its value, quotes removed: `header.from`, `smtp.mailfrom`,
   * `header.d`, `header.i`; also `reason` and the bare `key=value` pairs some servers add
   * (Microsoft's `action=none`). The first of a name wins.
   */
  readonly properties: Readonly<Record<string, string>>;
}

export interface AuthenticationResults {
  /**
   * Lower case, as the field names the server that wrote it; null for a field without one
   * (Exchange Online writes its results that way, against RFC 8601).
   */
  readonly authservId: string | null;
  readonly results: readonly AuthenticationResult[];
}

/**
 * Longer than any receiving server writes (Exchange Online's, with many results, stays under
 * 2,000 characters); a longer field is unreadable, so a sender cannot make us read megabytes.
 */
export const MAX_AUTHENTICATION_RESULTS_LENGTH = 8192;

const KEYWORD = /^[a-z0-9][a-z0-9_-]*$/iu;
const METHOD = /^([a-z0-9][a-z0-9_-]*)(?:\/[0-9]+)?$/iu;
const VERSION = /^[0-9]+$/u;

/**
 * An Authentication-Results field's value (RFC 8601 section 2.2), strictly: comments (nested,
 * with escapes) are dropped, `;` splits only outside comments and quoted strings, every result
 * is `method=result` followed by `name=value` pairs, and anything else (an unclosed comment or
 * quote, a result that is not a keyword, a stray word) makes the whole field unreadable: null,
 * so a field we cannot read is never half-believed. The one deviation accepted is the one the
 * big receivers ship: no authserv-id (Exchange Online), and a trailing `;`.
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | null {
  if (value.length > MAX_AUTHENTICATION_RESULTS_LENGTH) return null;
  const segments = splitSegments(value);
  if (!segments || segments.length === 0) return null;
  const [head, ...rest] = segments;
  let authservId: string | null = null;
  let resinfos: string[];
  if (head!.includes('=') && !/^\s*"/u.test(head!)) {
    // No authserv-id: the first segment is already a result.
    resinfos = segments;
  } else {
    const words = readWords(head!);
    if (!words || words.length === 0 || words.length > 2) return null;
    if (words.length === 2 && !VERSION.test(words[1]!)) return null;
    authservId = words[0]!.toLowerCase();
    if (authservId === '') return null;
    resinfos = rest;
  }
  const results: AuthenticationResult[] = [];
  const meaningful = resinfos.map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (meaningful.length === 1 && meaningful[0]!.toLowerCase() === 'none') return { authservId, results };
  for (const segment of meaningful) {
    const pairs = readPairs(segment);
    if (!pairs || pairs.length === 0) return null;
    const [[methodSpec, result], ...properties] = pairs as [[string, string], ...[string, string][]];
    const method = METHOD.exec(methodSpec)?.[1];
    if (!method || !KEYWORD.test(result)) return null;
    const named: Record<string, string> = {};
    for (const [name, property] of properties) {
      const key = name.toLowerCase();
      if (!(key in named)) named[key] = property;
    }
    results.push({ method: method.toLowerCase(), result: result.toLowerCase(), properties: named });
  }
  return { authservId, results };
}

/** The value split at `;` outside comments and quoted strings, comments replaced by a space. */
function splitSegments(value: string): string[] | null {
  const segments: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && (quoted || depth > 0)) {
      if (quoted) current += char + (value[index + 1] ?? '');
      index++;
      continue;
    }
    if (quoted) {
      current += char;
      if (char === '"') quoted = false;
      continue;
    }
    if (depth > 0) {
      if (char === '(') depth++;
      else if (char === ')') {
        depth--;
        if (depth === 0) current += ' ';
      }
      continue;
    }
    if (char === '(') depth = 1;
    else if (char === ')') return null;
    else if (char === ';') {
      segments.push(current);
      current = '';
    } else {
      if (char === '"') quoted = true;
      current += char;
    }
  }
  if (quoted || depth > 0) return null;
  segments.push(current);
  return segments;
}

/** Whitespace-separated words, a quoted string being one word (its quotes and escapes removed). */
function readWords(segment: string): string[] | null {
  return readAll(segment, /\s*(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))/suy, (match) =>
    match[1] !== undefined ? unquote(match[1]) : match[2]!,
  );
}

/**
 * `name = value` pairs (space around `=` allowed, RFC 8601's CFWS): a value is a quoted string or
 * a run up to the next space (an address may hold `=` and `+`, a DKIM `header.b` `/` and `=`).
 */
function readPairs(segment: string): [string, string][] | null {
  return readAll(segment, /\s*([^\s="]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s"]*))/suy, (match) => [
    match[1]!,
    match[2] !== undefined ? unquote(match[2]) : match[3]!,
  ]);
}

/** From a position to the end only white space (sticky: read where the last match ended). */
const ONLY_SPACE_LEFT = /\s*$/uy;

/** Every match of a sticky pattern from the start to the end of `text`; null if anything is left over. */
function readAll<T>(text: string, pattern: RegExp, read: (match: RegExpExecArray) => T): T[] | null {
  const items: T[] = [];
  let end = 0;
  for (;;) {
    ONLY_SPACE_LEFT.lastIndex = end;
    if (ONLY_SPACE_LEFT.test(text)) break;
    pattern.lastIndex = end;
    const match = pattern.exec(text);
    if (!match || pattern.lastIndex === end) return null;
    items.push(read(match));
    end = pattern.lastIndex;
  }
  return items;
}

function unquote(quoted: string): string {
  return quoted.replace(/\\(.)/gsu, '$1');
}
