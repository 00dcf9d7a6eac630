import { buildPaymentPageChannel } from '../../../../bot/cli/serve/build-payment-page-channel.ts';
import { loadConfig } from '../../../../bot/config/load-config.ts';
import { createHttpServer } from '../../../../bot/server/create-http-server.ts';
import { createPaymentLink } from '../../../../channels/web/create-payment-link.ts';
import { findFreePort } from '../../../support/find-free-port.ts';
import { type FakeMollie, startMollieServer } from '../../../support/start-mollie-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

export const LINK_SECRET = 'page-test-secret-0123456789abcdef0123456789';

export interface PageHarness {
  readonly db: TestDatabase;
  readonly mollie: FakeMollie;
  /** http://127.0.0.1:<port>, also PUBLIC_BASE_URL. */
  readonly baseUrl: string;
  readonly logs: string[];
  linkFor(invoiceId: string, options?: { ttlDays?: number; now?: Date }): string;
  close(): Promise<void>;
}

/**
 * Our real HTTP server with the payment page's routes (built by buildPaymentPageChannel from
 * environment variables, as `collections serve` does) on a fresh database, paying through the
 * loopback Mollie with the real @mollie/api-client.
 */
export async function startPageHarness(env: Record<string, string> = {}): Promise<PageHarness> {
  const db = await createTestDatabase();
  const mollie = await startMollieServer();
  const untrust = mollie.trustThisServer();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const pageEnv = {
    PAYMENT_LINK_SECRET: LINK_SECRET,
    PUBLIC_BASE_URL: baseUrl,
    MOLLIE_API_KEY: mollie.apiKey,
    MOLLIE_API_URL: `${mollie.url}/v2/`,
    PAYMENT_CONTACT_EMAIL: 'debiteuren@acme-incasso.example',
    PAYMENT_IBAN: 'NL91ABNA0417164300',
    ...env,
  };
  const parts = await buildPaymentPageChannel({
    config: loadConfig({ COMPANY_NAME: 'Acme Supplies BV', PGLITE_DATA_DIR: 'memory://' }),
    db,
    env: pageEnv,
    log: (line) => logs.push(line),
  });
  const server = createHttpServer({ routes: parts.routes, health: async () => ({ ok: true }) });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    db,
    mollie,
    baseUrl,
    logs,
    linkFor: (invoiceId, { ttlDays = 60, now = new Date() } = {}) =>
      createPaymentLink({ publicBaseUrl: baseUrl, secret: LINK_SECRET, ttlDays, invoiceId, now }).url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await mollie.close();
      untrust();
      await db.close();
    },
  };
}
