import { createLedgerCallbackRoute } from '../../ledger/create-ledger-callback-route.ts';
import { readLedgerSettings, requireTokenKey } from '../../ledger/read-ledger-settings.ts';
import type { ChannelDeps, ChannelParts } from '../../server/channel-contracts.ts';

/**
 * The ledger connections in `collections serve`: the callback Exact Online's sign-in returns to.
 * LEDGER_TOKEN_KEY is checked here, at start: a malformed key stops serve with how to make one.
 */
export async function buildLedgerChannel(
  deps: ChannelDeps & { fetch?: typeof globalThis.fetch },
): Promise<ChannelParts> {
  const settings = readLedgerSettings(deps.env);
  const exact = settings.exactOnline;
  if (!exact) {
    deps.log(
      'ledger: Exact Online sign-in off (set EXACT_ONLINE_CLIENT_ID, EXACT_ONLINE_CLIENT_SECRET and PUBLIC_BASE_URL)',
    );
    return { services: [], routes: [] };
  }
  const key = requireTokenKey(settings);
  deps.log(`ledger: Exact Online sign-in returns to ${exact.redirectUri}`);
  return {
    services: [],
    routes: [
      createLedgerCallbackRoute({
        db: deps.db,
        key,
        exact,
        log: deps.log,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      }),
    ],
  };
}
