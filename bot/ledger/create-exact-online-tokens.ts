import type { ExactOnlineTokens } from '../../channels/ledger/exact-online/create-exact-online-caller.ts';
import { requestExactToken } from '../../channels/ledger/exact-online/request-exact-token.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { rotateLedgerToken } from '../../prisma/ledger-connections/rotate-ledger-token.ts';
import type { Database } from '../../prisma/open-database.ts';
import { describeRevokedConnection } from './describe-revoked-connection.ts';
import type { ExactOnlineSettings } from './read-ledger-settings.ts';

/**
 * The Exact Online adapter's tokens from the stored connection: the access token while it is good,
 * a refresh (new refresh token stored in the same locked transaction) when it runs out or the API
 * refuses it. A refused grant revokes the connection and tells finance once (Slack when set up,
 * and the log); the sync then stops with an UNAUTHORIZED saying how to reconnect.
 */
export function createExactOnlineTokens({
  db,
  key,
  exact,
  administration,
  financeChannel,
  fetch,
  now = () => new Date(),
  log = () => {},
}: {
  db: Pick<Database, 'prisma'>;
  key: Buffer;
  exact: ExactOnlineSettings;
  administration: string;
  financeChannel: string | null;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  log?: (line: string) => void;
}): ExactOnlineTokens {
  const token = async (rejected: string | null) => {
    const result = await rotateLedgerToken({
      prisma: db.prisma,
      key,
      source: 'exact-online',
      rejected,
      now,
      refresh: async (refreshToken) => {
        if (refreshToken === null) return { kind: 'refused', reason: 'no refresh token stored' };
        const answer = await requestExactToken({
          baseUrl: exact.baseUrl,
          clientId: exact.clientId,
          clientSecret: exact.clientSecret,
          request: { grant: 'refresh_token', refreshToken },
          now,
          ...(fetch ? { fetch } : {}),
        });
        return answer.kind === 'granted'
          ? {
              kind: 'granted',
              grant: {
                accessToken: answer.accessToken,
                refreshToken: answer.refreshToken,
                expiresAt: answer.expiresAt,
              },
            }
          : answer;
      },
      notice: (reason) => ({
        channel: financeChannel,
        text: describeRevokedConnection({ source: 'exact-online', administration, reason }),
      }),
    });
    if (result.kind === 'token') {
      if (result.refreshed) log('exact-online: access token refreshed');
      return result.accessToken;
    }
    if (result.kind === 'missing') {
      throw new AppError(
        'NOT_FOUND',
        'Exact Online is not connected: run `collections connect exact-online` first.',
      );
    }
    const text = describeRevokedConnection({ source: 'exact-online', administration, reason: result.reason });
    if (result.toldNow) log(`ledger: ${text}${financeChannel ? ' (finance told in Slack)' : ''}`);
    throw new AppError('UNAUTHORIZED', text);
  };
  return { accessToken: () => token(null), renew: (rejected) => token(rejected) };
}
