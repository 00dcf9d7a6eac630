import { decodeReplyToken, TOKEN_PATTERN } from './reply-token-codec.ts';

/**
 * The outbound message id from the first recipient address that carries a valid reply token;
 * null when none does. A token with a bad signature is ignored, never trusted.
 */
export function readReplyToken({
  addresses,
  secret,
}: {
  addresses: readonly string[];
  secret: string;
}): string | null {
  for (const address of addresses) {
    const token = TOKEN_PATTERN.exec(address)?.[1];
    const id = token ? decodeReplyToken(secret, token) : null;
    if (id) return id;
  }
  return null;
}
