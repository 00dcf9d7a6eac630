import { AppError } from '../../../domain/errors/app-error.ts';

/** Where the Exact Online adapter gets its bearer token (bot/ledger wires the stored, sealed grant). */
export interface ExactOnlineTokens {
  /** A token good for the next call (refreshed first when it runs out within 30 s). */
  accessToken(): Promise<string>;
  /** The API refused `rejected` (401): a refreshed token, or the one another caller stored meanwhile. */
  renew(rejected: string): Promise<string>;
}

export interface ExactOnlineCallerOptions {
  readonly tokens: ExactOnlineTokens;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Pause before retrying a page that failed (5xx, network); doubled each time. */
  readonly retryDelayMs?: number;
  readonly log?: (line: string) => void;
}

/** One GET against Exact Online's REST API, the JSON body back. */
export type ExactOnlineGet = (url: string, signal?: AbortSignal) => Promise<unknown>;

const SERVER_RETRIES = 3;
const RATE_LIMIT_RETRIES = 5;

/**
 * GETs from Exact Online the way its API asks to be used: the bearer token of the connection (on
 * a 401 renewed once and the call repeated), the rate limits honoured from each answer's headers
 * (X-RateLimit-Minutely-Remaining at 0: wait until X-RateLimit-Minutely-Reset, epoch ms;
 * X-RateLimit-Remaining at 0: the day's calls are spent, stop with a RATE_LIMITED that says
 * until when), a 429 retried after its Retry-After, and a 5xx or a dropped connection retried
 * with a growing pause. Errors never carry a token.
 */
export function createExactOnlineCaller(options: ExactOnlineCallerOptions): ExactOnlineGet {
  const fetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const log = options.log ?? (() => {});
  const limits = {
    minutelyRemaining: null as number | null,
    minutelyReset: 0,
    dailyRemaining: null as number | null,
    dailyReset: 0,
  };

  const readLimits = (headers: Headers) => {
    const number = (name: string) => {
      const value = headers.get(name);
      return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
    };
    const minutely = number('x-ratelimit-minutely-remaining');
    if (minutely !== null) {
      limits.minutelyRemaining = minutely;
      limits.minutelyReset = number('x-ratelimit-minutely-reset') ?? now() + 60_000;
    }
    const daily = number('x-ratelimit-remaining');
    if (daily !== null) {
      limits.dailyRemaining = daily;
      limits.dailyReset = number('x-ratelimit-reset') ?? now() + 86_400_000;
    }
  };

  const dailySpent = () =>
    new AppError(
      'RATE_LIMITED',
      `Exact Online's daily limit of API calls for this administration is used up until ${new Date(limits.dailyReset).toISOString()}; the sync resumes from where it stopped after that (run \`collections sync ledger\` again, or let serve's schedule do it).`,
    );

  const honourLimits = async (signal?: AbortSignal) => {
    if (limits.dailyRemaining === 0 && limits.dailyReset > now()) throw dailySpent();
    if (limits.minutelyRemaining === 0 && limits.minutelyReset > now()) {
      const ms = limits.minutelyReset - now() + 50;
      log(`exact-online: minute limit reached, waiting ${Math.ceil(ms / 1000)} s`);
      await sleep(ms, signal);
      limits.minutelyRemaining = null;
    }
  };

  return async (url, signal) => {
    let token = await options.tokens.accessToken();
    let renewed = false;
    let serverFailures = 0;
    let rateLimited = 0;
    for (;;) {
      await honourLimits(signal);
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal: signal
            ? AbortSignal.any([signal, AbortSignal.timeout(60_000)])
            : AbortSignal.timeout(60_000),
        });
      } catch (cause) {
        if (signal?.aborted) throw cause;
        serverFailures += 1;
        if (serverFailures > SERVER_RETRIES) {
          throw new AppError(
            'CHANNEL_UNAVAILABLE',
            `Exact Online could not be reached (${describePath(url)}): ${(cause as Error).message}. Try again later; the sync resumes where it stopped.`,
          );
        }
        await sleep(retryDelayMs * 2 ** (serverFailures - 1), signal);
        continue;
      }
      readLimits(response.headers);
      if (response.ok) return response.json();
      const body = await response.text();
      if (response.status === 401 && !renewed) {
        renewed = true;
        token = await options.tokens.renew(token);
        continue;
      }
      if (response.status === 401) {
        throw new AppError(
          'UNAUTHORIZED',
          `Exact Online refused the connection's token twice (${describePath(url)}): reconnect with \`collections connect exact-online\`.`,
        );
      }
      if (response.status === 429) {
        if (limits.dailyRemaining === 0) throw dailySpent();
        rateLimited += 1;
        if (rateLimited > RATE_LIMIT_RETRIES) {
          throw new AppError(
            'RATE_LIMITED',
            `Exact Online kept answering 429 (too many requests) for ${describePath(url)}; try again later.`,
          );
        }
        const after = response.headers.get('retry-after');
        const ms =
          after && /^\d+$/.test(after.trim())
            ? Number(after) * 1000
            : Math.max(limits.minutelyReset - now(), 1_000);
        log(`exact-online: 429, waiting ${Math.ceil(ms / 1000)} s`);
        await sleep(ms, signal);
        continue;
      }
      if (response.status >= 500) {
        serverFailures += 1;
        if (serverFailures <= SERVER_RETRIES) {
          log(`exact-online: ${response.status} for ${describePath(url)}, retrying`);
          await sleep(retryDelayMs * 2 ** (serverFailures - 1), signal);
          continue;
        }
      }
      throw new AppError(
        'CHANNEL_UNAVAILABLE',
        `Exact Online answered ${response.status} for ${describePath(url)}${describeBody(body)}. ${response.status >= 500 ? 'Try again later; the sync resumes where it stopped.' : 'Check the connection (`collections connect --status`).'}`,
      );
    }
  };
}

/** The path of a call without its query (which may be long; it never holds a secret, but need not be logged whole). */
function describePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return 'the request';
  }
}

/** Exact Online's OData error text ({"error":{"message":{"value":"..."}}}), when it sent one. */
function describeBody(body: string): string {
  try {
    const value = (JSON.parse(body) as { error?: { message?: { value?: unknown } } }).error?.message?.value;
    return typeof value === 'string' ? `: ${value.slice(0, 300)}` : '';
  } catch {
    return '';
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
