import { isIP } from 'node:net';

/**
 * One spelling per address, so one client is one rate-limit key and a trusted-proxy check cannot
 * be dodged by another notation: IPv6 in canonical lower-case form, IPv4-mapped IPv6
 * (`::ffff:10.0.0.1`, also as `::ffff:a00:1`) as plain IPv4, a port (`1.2.3.4:5678`,
 * `[2001:db8::1]:443`, as some proxies write X-Forwarded-For) and a zone id dropped.
 * Null for anything that is not an address.
 */
export function normalizeIpAddress(text: string): string | null {
  let value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/u.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/u.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%[\w.-]+$/u, '');
  const kind = isIP(value);
  if (kind === 4) return value;
  if (kind !== 6) return null;
  // The URL parser prints IPv6 canonically (RFC 5952): compressed zeros, lower case, no leading zeros.
  const canonical = new URL(`http://[${value}]`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/u.exec(canonical);
  if (!mapped) return canonical;
  const high = Number.parseInt(mapped[1]!, 16);
  const low = Number.parseInt(mapped[2]!, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
