import type { IncomingMessage } from 'node:http';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientRateKey } from '../../../../channels/http/client-rate-key.ts';
import { normalizeIpAddress } from '../../../../channels/http/normalize-ip-address.ts';
import { parseTrustedProxies } from '../../../../channels/http/parse-trusted-proxies.ts';
import { resolveClientAddress } from '../../../../channels/http/resolve-client-address.ts';

function request(peer: string | undefined, forwardedFor?: string | string[]): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

const PROXIES = parseTrustedProxies('10.0.0.0/8, 2001:db8:aaaa::/48, 192.0.2.7');
const NONE = parseTrustedProxies(undefined);

describe('resolveClientAddress', () => {
  it.each([
    // [what, trusted, peer, X-Forwarded-For, client]
    ['no proxy trusted: the peer, whatever the header says', NONE, '203.0.113.5', '1.1.1.1', '203.0.113.5'],
    [
      'an untrusted peer is the client; its header is ignored',
      PROXIES,
      '203.0.113.5',
      '10.0.0.1',
      '203.0.113.5',
    ],
    ['one trusted proxy: the entry it appended', PROXIES, '10.0.0.1', '198.51.100.9', '198.51.100.9'],
    [
      'a spoofed left-most entry is ignored (rotating it changes nothing)',
      PROXIES,
      '10.0.0.1',
      '6.6.6.6, 198.51.100.9',
      '198.51.100.9',
    ],
    [
      'several trusted hops are walked from the right',
      PROXIES,
      '10.0.0.1',
      '6.6.6.6, 198.51.100.9, 192.0.2.7, 10.9.9.9',
      '198.51.100.9',
    ],
    [
      'a spoofed "trusted" entry left of the client does not help',
      PROXIES,
      '10.0.0.1',
      '10.1.1.1, 198.51.100.9',
      '198.51.100.9',
    ],
    ['the header given twice is one list', PROXIES, '10.0.0.1', ['6.6.6.6', '198.51.100.9'], '198.51.100.9'],
    ['a trusted peer without the header is the client', PROXIES, '10.0.0.1', undefined, '10.0.0.1'],
    ['every hop trusted: the left-most of them', PROXIES, '10.0.0.1', '192.0.2.7, 10.2.2.2', '192.0.2.7'],
    [
      'garbage where a proxy should have written an address: the last one we vouch for',
      PROXIES,
      '10.0.0.1',
      '198.51.100.9, not-an-ip',
      '10.0.0.1',
    ],
    ['IPv4-mapped peer counts as its IPv4 proxy', PROXIES, '::ffff:10.0.0.1', '198.51.100.9', '198.51.100.9'],
    ['IPv4-mapped client is reported as IPv4', NONE, '::ffff:203.0.113.5', undefined, '203.0.113.5'],
    ['IPv6 proxy range', PROXIES, '2001:db8:aaaa::1', '2001:DB8:BBBB:0:0:0:0:5', '2001:db8:bbbb::5'],
    ['IPv6 outside the range is the client', PROXIES, '2001:db8:cccc::1', '198.51.100.9', '2001:db8:cccc::1'],
    [
      'ports and brackets in entries are dropped',
      PROXIES,
      '10.0.0.1',
      '[2001:db8:bbbb::5]:443',
      '2001:db8:bbbb::5',
    ],
    ['IPv4 with a port', PROXIES, '10.0.0.1', '198.51.100.9:51234', '198.51.100.9'],
    ['no socket address', PROXIES, undefined, '198.51.100.9', 'unknown'],
  ])('%s', (_what, trusted, peer, forwardedFor, client) => {
    expect(resolveClientAddress(request(peer, forwardedFor), trusted)).toBe(client);
  });
});

describe('normalizeIpAddress', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    [' ::FFFF:1.2.3.4 ', '1.2.3.4'],
    ['::ffff:102:304', '1.2.3.4'],
    ['2001:0DB8:0000::0001', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['[::1]', '::1'],
    ['1.2.3.4:80', '1.2.3.4'],
    ['01.2.3.4', null],
    ['example.com', null],
    ['', null],
    ['1.2.3.4, 5.6.7.8', null],
  ])('%j -> %j', (text, normalized) => {
    expect(normalizeIpAddress(text)).toBe(normalized);
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDRs, IPv4 and IPv6, with IPv4-mapped entries as IPv4', () => {
    const proxies = parseTrustedProxies(' 10.0.0.0/8 ,::1, ::ffff:172.16.0.0/108, 2001:db8::/32,,');
    expect(proxies.entries).toEqual(['10.0.0.0/8', '::1/128', '172.16.0.0/12', '2001:db8::/32']);
    expect(['10.200.0.1', '::1', '172.31.255.255', '2001:db8:ffff::9'].map(proxies.has)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['11.0.0.1', '::2', '172.32.0.0', '2001:db9::1', 'junk'].map(proxies.has)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(parseTrustedProxies('').entries).toEqual([]);
  });

  it.each([
    '10.0.0.0/33',
    'proxy.internal',
    '10.0.0.0/8/8',
    '2001:db8::/129',
    '10.0.0.1/',
    '::ffff:10.0.0.0/95',
  ])('refuses %j naming TRUSTED_PROXIES', (text) => {
    expect(() => parseTrustedProxies(text)).toThrow(/TRUSTED_PROXIES: ".*" is not an address or CIDR range/);
  });
});

describe('clientRateKey', () => {
  it.each([
    ['203.0.113.5', undefined, '203.0.113.5'],
    ['2001:db8:1:2:3:4:5:6', undefined, '2001:db8:1:2::/64'],
    ['2001:db8:1:2::ffff', undefined, '2001:db8:1:2::/64'],
    ['2001:db8::1', undefined, '2001:db8:0:0::/64'],
    ['::1', undefined, '0:0:0:0::/64'],
    ['fe80::', undefined, 'fe80:0:0:0::/64'],
    ['::ffff:203.0.113.5', undefined, '203.0.113.5'],
    // Behind a trusted proxy: the client's /64, not the proxy's.
    ['10.0.0.1', '2001:db8:7:8:aaaa::1', '2001:db8:7:8::/64'],
  ])('%s (X-Forwarded-For %s) counts as %s', (peer, forwardedFor, key) => {
    expect(clientRateKey(request(peer, forwardedFor), PROXIES)).toBe(key);
  });
});

describe('resolveClientAddress, for any header a client can write', () => {
  const ipv4 = fc.ipV4();
  const anyEntry = fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 }));
  it('nothing written left of the proxies changes the client, and a trusted proxy is never it', () => {
    fc.assert(
      fc.property(
        fc.array(anyEntry, { maxLength: 6 }),
        ipv4.filter((address) => !PROXIES.has(address)),
        fc.array(fc.constantFrom('10.0.0.2', '192.0.2.7', '2001:db8:aaaa::9'), { maxLength: 3 }),
        (spoofed, client, hops) => {
          const honest = [client, ...hops].join(', ');
          const withSpoof = [...spoofed.map((entry) => entry.replaceAll(',', '')), client, ...hops].join(
            ', ',
          );
          expect(resolveClientAddress(request('10.0.0.1', honest), PROXIES)).toBe(client);
          expect(resolveClientAddress(request('10.0.0.1', withSpoof), PROXIES)).toBe(client);
        },
      ),
    );
  });
});
