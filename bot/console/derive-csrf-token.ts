import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The synchronizer token of a session's forms: derived from the session's secret id, so it is
 * tied to that session, needs no storage, and is worthless once the session ends. Another site
 * cannot read it (no CORS, SameSite cookies), so it cannot forge a form that carries it.
 */
export function deriveCsrfToken(sessionId: string): string {
  return createHash('sha256').update(`console-csrf:${sessionId}`).digest('base64url');
}

/** Whether a posted token is this session's, compared in constant time. */
export function isCsrfTokenOf(sessionId: string, posted: string | null | undefined): boolean {
  if (!posted) return false;
  const expected = Buffer.from(deriveCsrfToken(sessionId));
  const given = Buffer.from(posted);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
