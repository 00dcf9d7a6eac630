import { readCurrentDivision } from '../../channels/ledger/exact-online/read-current-division.ts';
import { requestExactToken } from '../../channels/ledger/exact-online/request-exact-token.ts';
import { saveLedgerConnection } from '../../prisma/ledger-connections/save-ledger-connection.ts';
import { takeLedgerAuthorization } from '../../prisma/ledger-connections/take-ledger-authorization.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { ExactOnlineSettings } from './read-ledger-settings.ts';

export type SignInOutcome =
  | { readonly kind: 'connected'; readonly division: string }
  | { readonly kind: 'refused'; readonly why: string };

/**
 * The end of the Exact Online sign-in, from serve's callback: the state must be one we handed out
 * (unused, in time), the code is exchanged for the first tokens, the user's current division is
 * asked, and the connection is stored with its tokens sealed. A refusal says what to do; it
 * never names a token or the code.
 */
export async function completeExactOnlineSignIn({
  db,
  key,
  exact,
  query,
  now = () => new Date(),
  fetch,
}: {
  db: Pick<Database, 'prisma'>;
  key: Buffer;
  exact: ExactOnlineSettings;
  query: URLSearchParams;
  now?: () => Date;
  fetch?: typeof globalThis.fetch;
}): Promise<SignInOutcome> {
  const again = 'Run `collections connect exact-online` again and open the new link.';
  const error = query.get('error');
  if (error)
    return { kind: 'refused', why: `Exact Online did not grant access (${error.slice(0, 100)}). ${again}` };
  const state = query.get('state') ?? '';
  const code = query.get('code') ?? '';
  if (!state || !code)
    return { kind: 'refused', why: `The sign-in came back without its code or state. ${again}` };
  if (!(await takeLedgerAuthorization({ prisma: db.prisma, source: 'exact-online', state, now: now() }))) {
    return {
      kind: 'refused',
      why: `This sign-in link is unknown, already used or older than 15 minutes. ${again}`,
    };
  }
  const answer = await requestExactToken({
    baseUrl: exact.baseUrl,
    clientId: exact.clientId,
    clientSecret: exact.clientSecret,
    request: { grant: 'authorization_code', code, redirectUri: exact.redirectUri },
    now,
    ...(fetch ? { fetch } : {}),
  });
  if (answer.kind === 'refused')
    return { kind: 'refused', why: `Exact Online refused the sign-in code (${answer.reason}). ${again}` };
  const division = String(
    await readCurrentDivision({
      baseUrl: exact.baseUrl,
      accessToken: answer.accessToken,
      ...(fetch ? { fetch } : {}),
    }),
  );
  await saveLedgerConnection({
    prisma: db.prisma,
    key,
    source: 'exact-online',
    administration: division,
    grant: {
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      expiresAt: answer.expiresAt,
    },
    now: now(),
  });
  return { kind: 'connected', division };
}
