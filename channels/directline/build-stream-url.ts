import type { IncomingMessage } from 'node:http';
import { DIRECTLINE_BASE } from './read-directline-request.ts';

/** The WebSocket URL as the client reached us (behind a TLS proxy too), replaying after `watermark`. */
export function buildStreamUrl(
  request: IncomingMessage,
  conversationId: string,
  token: string,
  watermark?: number,
): string {
  const forwarded = String(request.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const secure = forwarded === 'https' || (request.socket as { encrypted?: boolean }).encrypted === true;
  const host = request.headers.host ?? 'localhost';
  const query = new URLSearchParams({
    t: token,
    ...(watermark === undefined ? {} : { watermark: String(watermark) }),
  });
  return `${secure ? 'wss' : 'ws'}://${host}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}
