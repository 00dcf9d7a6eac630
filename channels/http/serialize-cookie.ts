/**
 * A Set-Cookie value. Always HttpOnly and Path=/ (the __Host- prefix requires Path=/ and Secure);
 * `maxAgeSeconds` 0 deletes the cookie.
 */
export function serializeCookie({
  name,
  value,
  secure,
  sameSite = 'Lax',
  maxAgeSeconds,
}: {
  name: string;
  value: string;
  secure: boolean;
  sameSite?: 'Lax' | 'Strict';
  /** Omitted: a browser-session cookie. */
  maxAgeSeconds?: number;
}): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    `SameSite=${sameSite}`,
    ...(secure ? ['Secure'] : []),
    ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${maxAgeSeconds}`]),
  ].join('; ');
}
