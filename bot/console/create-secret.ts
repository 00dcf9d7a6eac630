import { randomBytes } from 'node:crypto';

/**
 * A new secret for the console (session id, sign-in link token, form token): 256 random bits,
 * base64url (43 characters), so hashSecret needs no salt and it fits a cookie or a URL as is.
 */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}
