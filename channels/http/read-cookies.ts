import type { IncomingMessage } from 'node:http';

/**
 * The request's cookies by name. The first of a repeated name wins (the browser sends the most
 * specific path first); a value that is not valid percent-encoding is skipped, not thrown.
 */
export function readCookies(request: IncomingMessage): ReadonlyMap<string, string> {
  const cookies = new Map<string, string>();
  const header = request.headers.cookie;
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // Not ours: we only set base64url values.
    }
  }
  return cookies;
}
