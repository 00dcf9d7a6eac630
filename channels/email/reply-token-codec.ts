import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The reply token carried in a plus-address (debiteuren+r<token>@example.nl): the id of the
 * outbound message we sent, and an HMAC over it so nobody can forge a token that attaches a mail
 * to another debtor. Base32 in lower case, because some mail systems lower-case local parts.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_CHARS = 26;
const MAC_BYTES = 10;
const MAC_CHARS = 16;
export const TOKEN_PATTERN = /\+r([a-z2-7]{42})@/iu;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string, byteLength: number): Buffer | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.toLowerCase()) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return bytes.length >= byteLength ? Buffer.from(bytes.slice(0, byteLength)) : null;
}

function mac(secret: string, id: Buffer): Buffer {
  return createHmac('sha256', secret).update('collections-reply:').update(id).digest().subarray(0, MAC_BYTES);
}

/** The token for an outbound message id (a UUID). */
export function encodeReplyToken(secret: string, uuid: string): string {
  const id = Buffer.from(uuid.replace(/-/g, ''), 'hex');
  return base32(id) + base32(mac(secret, id));
}

/** The message id in a token, or null when it is malformed or its signature does not verify. */
export function decodeReplyToken(secret: string, token: string): string | null {
  if (token.length !== ID_CHARS + MAC_CHARS) return null;
  const id = fromBase32(token.slice(0, ID_CHARS), 16);
  const given = fromBase32(token.slice(ID_CHARS), MAC_BYTES);
  if (!id || !given || !timingSafeEqual(given, mac(secret, id))) return null;
  // 16 bytes take 26 base32 characters with 2 bits to spare; a token whose spare bits differ
  // decodes to the same id but is not the one we sent, so only the canonical spelling counts.
  if (base32(id) !== token.slice(0, ID_CHARS).toLowerCase()) return null;
  const hex = id.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
