import { AppError } from '../../../domain/errors/app-error.ts';
import { ZExactMe } from './exact-online-rows.ts';

/**
 * The division the signed-in user works in (GET <base>/api/v1/current/Me, CurrentDivision): the
 * administration every later call goes to.
 */
export async function readCurrentDivision({
  baseUrl,
  accessToken,
  fetch = globalThis.fetch,
}: {
  baseUrl: string;
  accessToken: string;
  fetch?: typeof globalThis.fetch;
}): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/current/Me?$select=CurrentDivision`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  const me = ZExactMe.safeParse(response.ok ? await response.json() : null);
  if (!me.success) {
    throw new AppError(
      'CHANNEL_UNAVAILABLE',
      `Exact Online did not say which division the user works in (current/Me answered ${response.status}); try connecting again.`,
    );
  }
  return me.data.d.results[0]!.CurrentDivision;
}
