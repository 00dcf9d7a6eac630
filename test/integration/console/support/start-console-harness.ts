import { loadConfig } from '../../../../bot/config/load-config.ts';
import type { StaffRole } from '../../../../domain/staff/staff-role.ts';
import { addStaff } from '../../../../prisma/staff/add-staff.ts';
import { findFreePort } from '../../../support/find-free-port.ts';
import { serveConsole } from '../../../support/serve-console.ts';
import { type OidcProvider, startOidcProvider } from '../../../support/start-oidc-provider.ts';
import { type SmtpSink, startSmtpSink } from '../../../support/start-smtp-sink.ts';
import { type SlackHarness, startSlackHarness } from '../../slack/support/start-slack-harness.ts';
import { ConsoleClient } from './console-client.ts';

export interface ConsoleHarness {
  /** The Slack harness: the database, the loopback Slack API and the Slack worker's runtime. */
  readonly slack: SlackHarness;
  readonly oidc: OidcProvider;
  readonly smtp: SmtpSink;
  /** http://127.0.0.1:<port>: CONSOLE_BASE_URL. */
  readonly baseUrl: string;
  readonly logs: string[];
  /** The console's clock; tests move it to make sessions and links run out. */
  readonly clock: { offsetMs: number };
  addStaff(email: string, roles: StaffRole[], name?: string): Promise<void>;
  /** Adds a member of staff and signs them in with a one-time link: their client and CSRF token. */
  signInAs(
    email: string,
    roles: StaffRole[],
    name?: string,
  ): Promise<{ client: ConsoleClient; csrf: string }>;
  close(): Promise<void>;
}

/**
 * The console as `collections serve` builds it (buildConsoleChannel from settings) on our real
 * HTTP server, beside the Slack harness's database, worker and loopback Slack API, signing in
 * through a real OpenID Provider on loopback and sending sign-in links to an SMTP sink.
 */
export async function startConsoleHarness(env: Record<string, string> = {}): Promise<ConsoleHarness> {
  const slack = await startSlackHarness();
  const smtp = await startSmtpSink();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const oidc = await startOidcProvider({ redirectUri: `${baseUrl}/console/auth/callback` });
  const logs: string[] = [];
  const clock = { offsetMs: 0 };
  const served = await serveConsole({
    config: loadConfig({ COMPANY_NAME: 'Acme Supplies BV', PGLITE_DATA_DIR: 'memory://' }),
    db: slack.db,
    smtp,
    port,
    env: {
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_PROVIDER_NAME: 'Loopback ID',
      ...env,
    },
    log: (line) => logs.push(line),
    now: () => new Date(Date.now() + clock.offsetMs),
  });
  const addStaffMember = async (email: string, roles: StaffRole[], name = email.split('@')[0]!) => {
    await addStaff({ prisma: slack.db.prisma, email, name, roles, actor: 'test' });
  };
  return {
    slack,
    oidc,
    smtp,
    baseUrl,
    logs,
    clock,
    addStaff: addStaffMember,
    signInAs: async (email, roles, name) => {
      await addStaffMember(email, roles, name);
      const client = new ConsoleClient(baseUrl);
      const { csrf } = await client.signInWithLink(smtp, email);
      return { client, csrf };
    },
    close: async () => {
      await served.close();
      await oidc.stop();
      await smtp.stop();
      await slack.close();
    },
  };
}
