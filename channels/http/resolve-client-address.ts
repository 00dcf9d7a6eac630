import type { IncomingMessage } from 'node:http';
import { normalizeIpAddress } from './normalize-ip-address.ts';
import type { TrustedProxies } from './parse-trusted-proxies.ts';

/**
 * The address of the client behind a request, the one rule for every rate limit (payment page,
 * provider webhook, Direct Line). Only our own proxies are believed, and each of them appends the
 * address it saw to X-Forwarded-For, so we walk from the right: the socket peer first, then each
 * entry, while the address in hand is a trusted proxy. The first address that is not one is the
 * client. Everything left of it was written by the client and is ignored, so rotating the
 * left-most entry changes nothing; a peer that is not a trusted proxy is the client itself.
 */
export function resolveClientAddress(request: IncomingMessage, trustedProxies: TrustedProxies): string {
  const peer = normalizeIpAddress(request.socket.remoteAddress ?? '');
  if (peer === null) return 'unknown';
  if (!trustedProxies.has(peer)) return peer;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  let last = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const text = hops[index]!.trim();
    if (text === '') continue;
    const hop = normalizeIpAddress(text);
    // Not an address where a trusted proxy should have written one (a proxy that passes the
    // header on without appending): the last address we can vouch for is the client's bucket.
    if (hop === null) return last;
    if (!trustedProxies.has(hop)) return hop;
    last = hop;
  }
  // Every hop is one of ours (a health check from the proxy itself).
  return last;
}
