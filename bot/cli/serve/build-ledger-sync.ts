import { readSlackConfig } from '../../../channels/slack/read-slack-config.ts';
import { enqueueSlackCall } from '../../../prisma/outbox/enqueue-slack-call.ts';
import { chooseLedgerSource } from '../../ledger/choose-ledger-source.ts';
import { createLedgerSyncService } from '../../ledger/create-ledger-sync-service.ts';
import type { ChannelBuildDeps, ChannelParts } from '../../server/channel-contracts.ts';

const NAMES: Record<string, string> = { moneybird: 'Moneybird', 'exact-online': 'Exact Online' };

/**
 * The scheduled ledger sync for `collections serve`: nothing without LEDGER_SYNC_INTERVAL or a
 * connected package. A sync that starts failing is told to finance once: in Slack's finance
 * channel through the Slack outbox (keyed by the moment it started failing), or, without Slack,
 * in serve's log.
 */
export async function buildLedgerSync(deps: ChannelBuildDeps): Promise<ChannelParts> {
  const intervalMs = deps.config.ledgerSyncIntervalMs;
  if (intervalMs === null) return { services: [], routes: [] };
  const source = await chooseLedgerSource({ env: deps.env, db: deps.db, log: deps.log });
  if (!source) {
    deps.log(
      'ledger sync: LEDGER_SYNC_INTERVAL is set but no accounting package is connected (`collections connect`, or MONEYBIRD_TOKEN); restart serve after connecting one',
    );
    return { services: [], routes: [] };
  }
  const slack = readSlackConfig(deps.env);
  deps.log(`ledger sync: ${NAMES[source.name] ?? source.name} every ${Math.round(intervalMs / 1000)} s`);
  const service = createLedgerSyncService({
    db: deps.db,
    source,
    intervalMs,
    log: deps.log,
    tellFinance: async ({ source: name, message, since }) => {
      const text = `The sync with ${NAMES[name] ?? name} stopped working: ${message} Reminders go out on what was synced before; it tries again every ${Math.round(intervalMs / 60_000) || 1} min.`;
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
  return { services: [service], routes: [] };
}
