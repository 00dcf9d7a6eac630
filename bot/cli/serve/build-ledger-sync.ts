import { readSlackConfig } from '../../../channels/slack/read-slack-config.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import type { LedgerSource } from '../../../domain/ledger/ledger-source.ts';
import { enqueueSlackCall } from '../../../prisma/outbox/enqueue-slack-call.ts';
import { chooseLedgerSource } from '../../ledger/choose-ledger-source.ts';
import { createLedgerSyncService } from '../../ledger/create-ledger-sync-service.ts';
import { createMoneybirdWebhookRoute } from '../../ledger/create-moneybird-webhook-route.ts';
import { readLedgerSettings } from '../../ledger/read-ledger-settings.ts';
import type { ChannelBuildDeps, ChannelParts } from '../../server/channel-contracts.ts';

const NAMES: Record<string, string> = { moneybird: 'Moneybird', 'exact-online': 'Exact Online' };

/**
 * The ledger sync for `collections serve`: every LEDGER_SYNC_INTERVAL, and soon after Moneybird
 * pushes a change (the webhook route, mounted whenever LEDGER_TOKEN_KEY is set, so `connect
 * moneybird --webhook` can register it while serve runs). A sync that starts failing is told to
 * finance once: in Slack's finance channel through the Slack outbox (keyed by the moment it
 * started failing), or, without Slack, in serve's log.
 */
export async function buildLedgerSync(deps: ChannelBuildDeps): Promise<ChannelParts> {
  const intervalMs = deps.config.ledgerSyncIntervalMs;
  const key = readLedgerSettings(deps.env).tokenKey;
  if (intervalMs === null && key === null) return { services: [], routes: [] };
  const source =
    intervalMs !== null
      ? await chooseLedgerSource({ env: deps.env, db: deps.db, log: deps.log })
      : await chooseWebhookSource(deps);
  if (!source && intervalMs !== null) {
    deps.log(
      'ledger sync: LEDGER_SYNC_INTERVAL is set but no accounting package is connected (`collections connect`, or MONEYBIRD_TOKEN); restart serve after connecting one',
    );
  }
  const service = source ? createService(deps, source, intervalMs) : null;
  const webhook =
    key === null
      ? []
      : [
          createMoneybirdWebhookRoute({
            db: deps.db,
            key,
            requestSync: service && source?.name === 'moneybird' ? () => service.requestSync() : null,
            log: deps.log,
          }),
        ];
  return { services: service ? [service] : [], routes: webhook };
}

/** Without an interval, Moneybird when it is connected: synced only when it pushes a change. */
async function chooseWebhookSource(deps: ChannelBuildDeps): Promise<LedgerSource | null> {
  try {
    return await chooseLedgerSource({ env: deps.env, db: deps.db, name: 'moneybird', log: deps.log });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFIG_INVALID') return null;
    throw error;
  }
}

function createService(deps: ChannelBuildDeps, source: LedgerSource, intervalMs: number | null) {
  const slack = readSlackConfig(deps.env);
  const when =
    intervalMs === null
      ? { started: 'when it pushes a change', retried: 'at its next change' }
      : {
          started: `every ${Math.round(intervalMs / 1000)} s`,
          retried: `every ${Math.round(intervalMs / 60_000) || 1} min`,
        };
  deps.log(`ledger sync: ${NAMES[source.name] ?? source.name} ${when.started}`);
  return createLedgerSyncService({
    db: deps.db,
    source,
    intervalMs,
    log: deps.log,
    tellFinance: async ({ source: name, message, since }) => {
      const text = `The sync with ${NAMES[name] ?? name} stopped working: ${message} Reminders go out on what was synced before; it tries again ${when.retried}.`;
      if (!slack) {
        deps.log(`ledger sync: for finance: ${text}`);
        return;
      }
      await enqueueSlackCall({
        prisma: deps.db.prisma,
        calls: [
          {
            idempotencyKey: `ledger-sync-failed:${name}:${since.toISOString()}`,
            method: 'chat.postMessage',
            messageKey: null,
            payload: { channel: slack.financeChannel, text },
          },
        ],
      });
    },
  });
}
