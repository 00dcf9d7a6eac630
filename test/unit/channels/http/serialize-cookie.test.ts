import { describe, expect, it } from 'vitest';
import { consoleCookieNames } from '../../../../bot/console/open-exchange.ts';
import { serializeCookie } from '../../../../channels/http/serialize-cookie.ts';

describe('console cookies', () => {
  it('over https: the __Host- prefix with Secure, Path=/ and no Domain, as the prefix requires', () => {
    const { session } = consoleCookieNames(true);
    expect(session).toBe('__Host-console_session');
    const header = serializeCookie({ name: session, value: 'abc', secure: true, maxAgeSeconds: 3600 });
    expect(header).toBe('__Host-console_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=3600');
    expect(header).not.toMatch(/Domain=/i);
  });

  it('over plain http (a laptop, the tests): no prefix and no Secure, which browsers would refuse there', () => {
    expect(consoleCookieNames(false).session).toBe('console_session');
    expect(serializeCookie({ name: 'console_session', value: '', secure: false, maxAgeSeconds: 0 })).toBe(
      'console_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
    );
  });
});
