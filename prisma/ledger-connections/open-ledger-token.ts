import { createDecipheriv } from 'node:crypto';
import { AppError } from '../../domain/errors/app-error.ts';
import { SEALED_PREFIX } from './seal-ledger-token.ts';

/**
 * Opens a token sealed by sealLedgerToken. A value that does not open (another key, another row,
 * a changed byte) is a CONFIG_INVALID that says what to do, and never echoes the value.
 */
export function openLedgerToken({
  key,
  sealed,
  context,
}: {
  key: Buffer;
  sealed: string;
  context: string;
}): string {
  const parts = sealed.startsWith(SEALED_PREFIX) ? sealed.slice(SEALED_PREFIX.length).split('.') : [];
  const [iv, tag, data] = parts.map((part) => Buffer.from(part, 'base64url'));
  if (parts.length !== 3 || !iv || !tag || !data || iv.length !== 12 || tag.length !== 16) {
    throw new AppError(
      'DATA_INVALID',
      `The stored ${context} token is not in the sealed format; reconnect the package.`,
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `LEDGER_TOKEN_KEY does not open the stored ${context} token: set the key it was stored with, or reconnect the package with \`collections connect\`.`,
      { cause },
    );
  }
}
