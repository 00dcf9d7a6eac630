import { createCipheriv, randomBytes } from 'node:crypto';

/** The format of a sealed token: version, 12-byte IV, 16-byte GCM tag, ciphertext (base64url, dot separated). */
export const SEALED_PREFIX = 'v1.';

/**
 * Seals a package's token for the `ledger_connection` row: AES-256-GCM with LEDGER_TOKEN_KEY and a
 * fresh random IV. The source and field ("exact-online:refresh") are bound in as associated data,
 * so a sealed value copied into another row or column does not open.
 */
export function sealLedgerToken({
  key,
  token,
  context,
}: {
  key: Buffer;
  token: string;
  context: string;
}): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${SEALED_PREFIX}${iv.toString('base64url')}.${tag.toString('base64url')}.${sealed.toString('base64url')}`;
}
