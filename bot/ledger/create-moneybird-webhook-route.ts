import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { BodyTooLargeError, readLimitedBody } from '../../channels/http/read-limited-body.ts';
import { readMoneybirdWebhook } from '../../channels/ledger/moneybird/read-moneybird-webhook.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { loadLedgerWebhook } from '../../prisma/ledger-connections/load-ledger-webhook.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { HttpRoute } from '../server/service.ts';

export const MONEYBIRD_WEBHOOK_PATH = '/ledger/webhook/moneybird';
/** A push carries the whole invoice with its lines and contact; a few hundred KB is generous. */
const MAX_PUSH_BYTES = 512 * 1024;

/**
 * POST /ledger/webhook/moneybird: Moneybird's pushes (`connect moneybird --webhook` registers
 * it). A push is believed only when its administration and webhook id are the stored ones and
 * its `webhook_token` equals the stored token (compared in constant time); then a relevant one
 * (an invoice's state, a deletion, a payment) asks for a sync soon. The push's content is never
 * written: the sync reads the books, so a forged or stale push changes nothing. Answers: 200
 * (done, or the registration's empty call), 400 bad body, 401 wrong webhook or token, 404 no
 * webhook for that administration, 413 too large, 503 the database is unreachable (Moneybird
 * retries).
 */
export function createMoneybirdWebhookRoute({
  db,
  key,
  requestSync,
  log,
}: {
  db: Pick<Database, 'prisma'>;
  key: Buffer;
  /** null: serve syncs no Moneybird (connected after start); the push is acknowledged and logged. */
  requestSync: (() => void) | null;
  log: (line: string) => void;
}): HttpRoute {
  return {
    method: 'POST',
    path: MONEYBIRD_WEBHOOK_PATH,
    async handle(request, response) {
      let body: string;
      try {
        body = (await readLimitedBody(request, MAX_PUSH_BYTES)).toString('utf8');
      } catch (error) {
        if (error instanceof BodyTooLargeError) return reply(response, 413, 'Request body too large.');
        throw error;
      }
      const read = readMoneybirdWebhook(body);
      if (read.kind === 'ping') return reply(response, 200, 'ok');
      if (read.kind === 'invalid') return reply(response, 400, `Not a Moneybird push: ${read.why}.`);
      const { push } = read;
      let stored: Awaited<ReturnType<typeof loadLedgerWebhook>>;
      try {
        stored = await loadLedgerWebhook({ prisma: db.prisma, key, source: 'moneybird' });
      } catch (error) {
        log(`ledger webhook: could not read the stored webhook: ${describeError(error)}`);
        return reply(response, 503, 'Temporarily unavailable; please retry.');
      }
      if (!stored || stored.administration !== push.administrationId) {
        log(
          `ledger webhook: a push for administration ${push.administrationId}, which has no webhook here; refused`,
        );
        return reply(response, 404, 'No webhook for this administration.');
      }
      const tokenMatches = sameSecret(push.token, stored.token);
      if (!tokenMatches || push.webhookId !== stored.webhookId) {
        log(
          `ledger webhook: a push with a wrong webhook id or token for administration ${push.administrationId}; refused`,
        );
        return reply(response, 401, 'Unknown webhook or token.');
      }
      if (!push.relevant) return reply(response, 200, 'ok');
      if (requestSync) requestSync();
      else
        log(
          `ledger webhook: Moneybird pushed ${push.action || push.entityType}, but serve syncs no Moneybird; restart serve after connecting it`,
        );
      reply(response, 200, 'ok');
    },
  };
}

/** Equal in constant time whatever the lengths: compares the digests. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function reply(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...(status === 413 ? { connection: 'close' } : {}),
  });
  response.end(text);
}
