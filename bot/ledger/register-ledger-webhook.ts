import { readMoneybirdConfig } from '../../channels/ledger/moneybird/read-moneybird-config.ts';
import { registerMoneybirdWebhook } from '../../channels/ledger/moneybird/register-moneybird-webhook.ts';
import type { MoneybirdTransport } from '../../channels/ledger/moneybird/request-moneybird.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { saveLedgerWebhook } from '../../prisma/ledger-connections/save-ledger-webhook.ts';
import type { Database } from '../../prisma/open-database.ts';
import { MONEYBIRD_WEBHOOK_PATH } from './create-moneybird-webhook-route.ts';
import { loadLedgerToken } from './load-ledger-token.ts';
import { type LedgerSettings, requireTokenKey } from './read-ledger-settings.ts';

/**
 * `connect moneybird --webhook`: registers serve's `/ledger/webhook/moneybird` (under
 * PUBLIC_BASE_URL) with the connected administration and stores the webhook's id and token,
 * sealed. Moneybird calls the URL while registering, so serve must be running there.
 */
export async function registerLedgerWebhook({
  db,
  env,
  settings,
  now,
  transport,
}: {
  db: Pick<Database, 'prisma'>;
  env: NodeJS.ProcessEnv;
  settings: LedgerSettings;
  now: Date;
  transport?: MoneybirdTransport;
}): Promise<{ administration: string; webhookId: string; url: string }> {
  const key = requireTokenKey(settings);
  if (!settings.publicBaseUrl) {
    throw new AppError(
      'CONFIG_INVALID',
      `PUBLIC_BASE_URL is not set: Moneybird pushes to <PUBLIC_BASE_URL>${MONEYBIRD_WEBHOOK_PATH}, which must reach \`collections serve\`. See .env.example.`,
    );
  }
  const url = `${settings.publicBaseUrl}${MONEYBIRD_WEBHOOK_PATH}`;
  const { administration } = await loadLedgerToken({ db, settings, source: 'moneybird' });
  const { webhookId, token } = await registerMoneybirdWebhook({
    connection: {
      baseUrl: readMoneybirdConfig(env).baseUrl,
      administrationId: administration,
      getToken: async () => (await loadLedgerToken({ db, settings, source: 'moneybird' })).token,
    },
    ...(transport ? { transport } : {}),
    url,
  });
  await saveLedgerWebhook({ prisma: db.prisma, key, source: 'moneybird', webhookId, token, now });
  return { administration, webhookId, url };
}
