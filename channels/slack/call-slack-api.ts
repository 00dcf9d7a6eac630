import { webApi } from '@slack/bolt';

export type SlackApiResult =
  | { readonly ok: true; readonly channel: string | null; readonly ts: string | null }
  | {
      readonly ok: false;
      readonly retryable: boolean;
      readonly error: string;
      readonly retryAfterMs: number | null;
    };

/** Slack platform errors that go away by themselves; anything else (a missing channel, a bad token) needs a person. */
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/**
 * One Web API call, with Slack's errors translated into a result the outbox can act on:
 * unreachable, 5xx and rate limits are retried; a platform error like channel_not_found is not.
 */
export async function callSlackApi({
  client,
  method,
  args,
}: {
  client: webApi.WebClient;
  method: string;
  args: Record<string, unknown>;
}): Promise<SlackApiResult> {
  try {
    const response = (await client.apiCall(method, args)) as { channel?: unknown; ts?: unknown };
    return {
      ok: true,
      channel: typeof response.channel === 'string' ? response.channel : null,
      ts: typeof response.ts === 'string' ? response.ts : null,
    };
  } catch (error) {
    const coded = error as {
      code?: string;
      message?: string;
      data?: { error?: string };
      retryAfter?: number;
    };
    switch (coded.code) {
      case webApi.ErrorCode.PlatformError: {
        const code = coded.data?.error ?? 'unknown_error';
        return {
          ok: false,
          retryable: TRANSIENT.has(code),
          error: `Slack refused ${method}: ${code}`,
          retryAfterMs: null,
        };
      }
      case webApi.ErrorCode.RateLimitedError:
        return {
          ok: false,
          retryable: true,
          error: `Slack rate-limited ${method}`,
          retryAfterMs: (coded.retryAfter ?? 30) * 1000,
        };
      default:
        return {
          ok: false,
          retryable: true,
          error: `Slack unreachable for ${method}: ${coded.message ?? String(error)}`,
          retryAfterMs: null,
        };
    }
  }
}
