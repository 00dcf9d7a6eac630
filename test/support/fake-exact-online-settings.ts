import type { LedgerSettings } from '../../bot/ledger/read-ledger-settings.ts';
import type { FakeExactOnline } from './start-exact-online-server.ts';

/** The ledger settings of an installation whose Exact Online app is the loopback one, tokens sealed with `key`. */
export function fakeExactOnlineSettings(
  exact: FakeExactOnline,
  key: Buffer,
  financeChannel: string | null,
): LedgerSettings {
  return {
    tokenKey: key,
    exactOnline: {
      clientId: exact.clientId,
      clientSecret: exact.clientSecret,
      baseUrl: exact.url,
      redirectUri: 'http://127.0.0.1:1/ledger/callback/exact-online',
    },
    financeChannel,
    publicBaseUrl: null,
  };
}
