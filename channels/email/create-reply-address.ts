import { encodeReplyToken } from './reply-token-codec.ts';

/** debiteuren@example.nl + outbound message id -> debiteuren+r<signed token>@example.nl */
export function createReplyAddress({
  from,
  secret,
  outboundMessageId,
}: {
  from: string;
  secret: string;
  outboundMessageId: string;
}): string {
  const at = from.lastIndexOf('@');
  const local = from.slice(0, at).replace(/\+.*$/u, '');
  return `${local}+r${encodeReplyToken(secret, outboundMessageId)}${from.slice(at)}`;
}
