/**
 * Text from outside (a request target, a header) made safe for one log line: quoted, with control
 * characters, line separators and bidirectional overrides escaped, so it can neither start a
 * forged line nor reorder what a person reads; cut to `max` characters.
 */
export function formatForLog(text: unknown, max = 200): string {
  const value = String(text);
  const cut = value.length > max ? `${value.slice(0, max)}…(${value.length} chars)` : value;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
