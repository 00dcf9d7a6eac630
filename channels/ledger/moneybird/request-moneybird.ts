import { AppError } from '../../../domain/errors/app-error.ts';

export interface MoneybirdConnection {
  /** https://moneybird.com/api/v2 in production; a loopback server in tests. */
  readonly baseUrl: string;
  readonly administrationId: string;
  /**
   * The access token (a personal API token, or the OAuth token store's current one). A store may
   * keep it in memory; `fresh` (after a 401) asks it to read the stored one again.
   */
  readonly getToken: (options?: { readonly fresh?: boolean }) => Promise<string>;
}

export interface MoneybirdTransport {
  readonly fetch?: typeof fetch;
  /** Waits between attempts (tests pass a fast one). */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly log?: (line: string) => void;
}

const ATTEMPTS = 4;
/** Moneybird allows 150 requests per 5 minutes; a Retry-After beyond this is not waited out in a sync. */
const LONGEST_WAIT_MS = 5 * 60_000;

/**
 * One request to Moneybird's REST API v2 (`<base>/<administration>/<path>.json`, Bearer token),
 * retried where Moneybird says it is worth it: a 429 after its Retry-After, a 5xx or a network
 * failure with a growing pause, and a 401 once with the token asked for again (a token store may
 * have rotated it meanwhile). Everything else is an AppError saying what to do. The token is
 * never part of a message or a log line.
 */
export async function requestMoneybird<T>({
  connection,
  transport = {},
  method,
  path,
  body,
  signal,
}: {
  connection: MoneybirdConnection;
  transport?: MoneybirdTransport;
  method: 'GET' | 'POST';
  /** After the administration, without the format: "sales_invoices/synchronization". */
  path: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
}): Promise<T> {
  const doFetch = transport.fetch ?? fetch;
  const sleep = transport.sleep ?? defaultSleep;
  const log = transport.log ?? (() => undefined);
  const url = `${connection.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(connection.administrationId)}/${path}.json`;
  const what = `Moneybird ${method} ${path}`;
  let refreshedToken = false;
  let askFresh = false;
  for (let attempt = 1; ; attempt++) {
    const token = await connection.getToken(askFresh ? { fresh: true } : {});
    askFresh = false;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      if (signal?.aborted || attempt >= ATTEMPTS) {
        throw new AppError(
          'CHANNEL_UNAVAILABLE',
          `${what} failed: ${(cause as Error).message}. Check that ${new URL(url).host} can be reached; the next sync resumes where this one stopped.`,
          { cause },
        );
      }
      log(`moneybird: ${what} failed (${(cause as Error).message}); attempt ${attempt + 1} of ${ATTEMPTS}`);
      await sleep(backoff(attempt), signal);
      continue;
    }
    if (response.ok) return (await response.json()) as T;
    const text = (await response.text().catch(() => '')).slice(0, 300);
    if (response.status === 401 && !refreshedToken) {
      refreshedToken = true;
      askFresh = true;
      log(`moneybird: ${what} answered 401; asking for the token again once`);
      continue;
    }
    if (response.status === 401) {
      throw new AppError(
        'UNAUTHORIZED',
        `Moneybird refused the access token (401) for administration ${connection.administrationId}: it was revoked or has expired. Finance: make a new API token in Moneybird (Instellingen → Ontwikkelaars, with the sales invoices and contacts scopes) and set MONEYBIRD_TOKEN to it, or connect Moneybird again; then run \`collections sync ledger --source moneybird\`.`,
      );
    }
    if (response.status === 403) {
      throw new AppError(
        'FORBIDDEN',
        `Moneybird refused access (403) to ${path} in administration ${connection.administrationId}: the token lacks the scope or the user the right. Make a token with the sales invoices and contacts scopes.`,
      );
    }
    if (response.status === 404) {
      throw new AppError(
        'CONFIG_INVALID',
        `Moneybird knows no ${path} in administration ${connection.administrationId} (404): check MONEYBIRD_ADMINISTRATION_ID (the number after moneybird.com/ when the administration is open).`,
      );
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt >= ATTEMPTS) {
      throw new AppError(
        response.status === 429 ? 'RATE_LIMITED' : 'CHANNEL_UNAVAILABLE',
        `${what} answered ${response.status}${text ? `: ${oneLine(text)}` : ''}. The next sync resumes where this one stopped.`,
      );
    }
    const wait =
      response.status === 429 ? retryAfterMs(response.headers.get('retry-after')) : backoff(attempt);
    if (wait > LONGEST_WAIT_MS) {
      throw new AppError(
        'RATE_LIMITED',
        `Moneybird asks to wait ${Math.round(wait / 1000)} s before the next request (its limit is 150 requests per 5 minutes); the next sync resumes where this one stopped.`,
      );
    }
    log(`moneybird: ${what} answered ${response.status}; again in ${Math.round(wait / 100) / 10} s`);
    await sleep(wait, signal);
  }
}

/** Retry-After in seconds or as an HTTP date; without one, a minute (a fifth of Moneybird's window). */
function retryAfterMs(header: string | null): number {
  if (header === null) return 60_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 60_000 : Math.max(0, at - Date.now());
}

function backoff(attempt: number): number {
  return 500 * 2 ** (attempt - 1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
