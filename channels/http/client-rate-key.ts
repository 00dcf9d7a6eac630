import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { TrustedProxies } from './parse-trusted-proxies.ts';
import { resolveClientAddress } from './resolve-client-address.ts';

/**
 * The key a per-address limit counts a request under: the client's address (resolveClientAddress),
 * but for IPv6 its /64 network. One subscriber or host usually holds a whole /64 and can pick any
 * address in it, so counting single IPv6 addresses would let one client rotate past the limit.
 */
export function clientRateKey(request: IncomingMessage, trustedProxies: TrustedProxies): string {
  const address = resolveClientAddress(request, trustedProxies);
  if (isIP(address) !== 6) return address;
  // Expand "::" so the first four groups can be read off.
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups.slice(0, 4).join(':')}::/64`;
}
