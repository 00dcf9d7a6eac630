import { BlockList, isIP } from 'node:net';
import { AppError } from '../../domain/errors/app-error.ts';
import { normalizeIpAddress } from './normalize-ip-address.ts';

export interface TrustedProxies {
  /** Whether a normalized address (see normalizeIpAddress) is one of our proxies. */
  has(address: string): boolean;
  /** The entries as given, normalized: for logs and tests. */
  readonly entries: readonly string[];
}

/**
 * TRUSTED_PROXIES: the proxies in front of `collections serve` whose X-Forwarded-For entries we
 * believe, as a comma-separated list of addresses and CIDR ranges, IPv4 and IPv6
 * (`10.0.0.0/8, 2001:db8::/32, 127.0.0.1`). IPv4-mapped IPv6 entries (`::ffff:10.0.0.0/104`)
 * mean their IPv4 range. Empty or unset: no proxy is trusted and X-Forwarded-For is ignored.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries: string[] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [addressText = '', prefixText, extra] = entry.split('/');
    const address = extra === undefined ? normalizeIpAddress(addressText) : null;
    const mappedFromV6 = address !== null && isIP(address) === 4 && isIP(addressText.trim()) === 6;
    const family = address === null ? 0 : isIP(address);
    const max = family === 4 ? 32 : 128;
    let prefix =
      prefixText === undefined ? max : /^\d{1,3}$/u.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (mappedFromV6 && prefixText !== undefined) prefix -= 96;
    if (address === null || !(prefix >= 0 && prefix <= max)) {
      throw new AppError(
        'CONFIG_INVALID',
        `TRUSTED_PROXIES: "${entry}" is not an address or CIDR range. Use a comma-separated list like 10.0.0.0/8, 2001:db8::/32, 127.0.0.1. See .env.example.`,
      );
    }
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    entries.push(`${address}/${prefix}`);
  }
  return {
    has: (address) => {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
    entries,
  };
}
