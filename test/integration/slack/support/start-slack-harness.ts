import type { AddressInfo } from 'node:net';
import {
  createSlackRuntime,
  SLACK_EVENTS_PATH,
  type SlackRuntime,
} from '../../../../bot/cli/serve/create-slack-runtime.ts';
import { createHttpServer } from '../../../../bot/server/create-http-server.ts';
import type { EmailDeps } from '../../../../bot/server/email-deps.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { readSlackConfig } from '../../../../channels/slack/read-slack-config.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';
import { type FakeSlackApi, startFakeSlackApi } from './start-fake-slack-api.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const FINANCE = 'UFINANCE1';
export const SALES = 'USALES1';
export const OWNER = 'UOWNER1';
export const OUTSIDER = 'UOUTSIDER';
/** A finance user who is approver only through the user group SFINANCE. */
export const GROUP_APPROVER = 'UGROUPFIN';

export interface SlackHarness {
  readonly db: TestDatabase;
  /** E-mail settings the runtime tells debtors with (outbox only; no SMTP unless the test adds a sink). */
  readonly email: EmailDeps;
  readonly api: FakeSlackApi;
  readonly runtime: SlackRuntime;
  /** http://127.0.0.1:<port>/slack/events on our own server. */
  readonly url: string;
  readonly logs: string[];
  close(): Promise<void>;
}

/**
 * Our real HTTP server with the Slack routes, on a fresh database, talking to a loopback Slack
 * API. PGlite in a temp dir by default; PostgreSQL (a new database) when DATABASE_URL is set.
 */
export async function startSlackHarness(
  env: Record<string, string> = {},
  emailEnv: Record<string, string> = {},
): Promise<SlackHarness> {
  const db = await createTestDatabase();
  const api = await startFakeSlackApi();
  api.groups.set('SFINANCE', [GROUP_APPROVER]);
  const config = readSlackConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.url,
    SLACK_FINANCE_CHANNEL: 'CFINANCE',
    SLACK_SALES_CHANNEL: 'CSALES',
    SLACK_FINANCE_APPROVERS: `${FINANCE},SFINANCE`,
    SLACK_SALES_USERS: `${SALES},${OWNER}`,
    SLACK_ACCOUNT_OWNERS: `anna@example.com=${OWNER}`,
    DISPUTE_STALE_DAYS: '3',
    ...env,
  });
  if (!config) throw new Error('Slack config expected');
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const email: EmailDeps = {
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@collections.example',
      EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
      ...emailEnv,
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Example Supplies BV',
    log,
  };
  const runtime = createSlackRuntime({ db, config, policy: DEFAULT_POLICY, log, email });
  const server = createHttpServer({ routes: runtime.routes, health: async () => ({ ok: true }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    db,
    email,
    api,
    runtime,
    url: `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`,
    logs,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
      await db.close();
    },
  };
}
