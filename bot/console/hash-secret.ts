import { createHash } from 'node:crypto';

/**
 * What the database keeps of a session id or sign-in token: its SHA-256. The secrets are 256
 * random bits, so a plain hash (no salt, no stretching) is enough and lookups stay one index probe.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
