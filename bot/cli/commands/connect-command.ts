import { text } from 'node:stream/consumers';
import { AppError } from '../../../domain/errors/app-error.ts';
import type { LedgerConnectionStatus } from '../../../prisma/ledger-connections/ledger-connection.ts';
import { listLedgerConnections } from '../../../prisma/ledger-connections/list-ledger-connections.ts';
import { saveLedgerConnection } from '../../../prisma/ledger-connections/save-ledger-connection.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { describeRevokedConnection } from '../../ledger/describe-revoked-connection.ts';
import { readLedgerSettings, requireTokenKey } from '../../ledger/read-ledger-settings.ts';
import { registerLedgerWebhook } from '../../ledger/register-ledger-webhook.ts';
import { startExactOnlineSignIn } from '../../ledger/start-exact-online-sign-in.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = [
  'collections connect exact-online',
  'collections connect moneybird --token TOKEN|- --administration ID [--webhook]',
  'collections connect moneybird --webhook',
  'collections connect --status [--json]',
].join('\n       ');

/**
 * `collections connect`: connects the accounting package the ledger is synced from. Exact Online
 * by OAuth 2.0 (prints the sign-in link; serve's callback completes it), Moneybird with a
 * personal API token (`--token -` reads it from stdin, keeping it out of the shell's history).
 * Tokens are stored sealed with LEDGER_TOKEN_KEY and never printed; `--status` shows the rest.
 * `--webhook` registers serve's webhook with Moneybird (serve must be running at PUBLIC_BASE_URL).
 */
export const connectCommand: CommandHandler = async ({ args, io, env }) => {
  const { values, positionals } = parseCommandArgs(args, USAGE, {
    options: {
      token: { type: 'string' },
      administration: { type: 'string' },
      status: { type: 'boolean' },
      json: { type: 'boolean' },
      webhook: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [source, ...extra] = positionals;
  if (extra.length > 0 || (values.status && source) || (!values.status && !source)) {
    throw new AppError('INPUT_INVALID', `Name one package to connect, or ask for --status. Usage: ${USAGE}`);
  }
  if (source && source !== 'exact-online' && source !== 'moneybird') {
    throw new AppError(
      'INPUT_INVALID',
      `"${source}" is not a package this can connect (exact-online, moneybird). Usage: ${USAGE}`,
    );
  }
  if (source === 'exact-online' && (values.token || values.administration)) {
    throw new AppError(
      'INPUT_INVALID',
      `Exact Online is connected by signing in, without --token. Usage: ${USAGE}`,
    );
  }
  const settings = readLedgerSettings(env);
  const config = loadConfig(env);
  if (values.webhook && source !== 'moneybird') {
    throw new AppError('INPUT_INVALID', `Only Moneybird pushes changes to a webhook. Usage: ${USAGE}`);
  }
  const webhookOnly = values.webhook === true && !values.token && !values.administration;
  const moneybird =
    source === 'moneybird' && !webhookOnly
      ? await readMoneybirdArgs(values.token, values.administration, io.stdin)
      : null;
  const exact = source === 'exact-online' ? settings.exactOnline : null;
  if (source === 'exact-online' && !exact) {
    throw new AppError(
      'CONFIG_INVALID',
      'Exact Online is not set up: register an app in Exact Online\'s App Center with the redirect URI <PUBLIC_BASE_URL>/ledger/callback/exact-online, then set EXACT_ONLINE_CLIENT_ID, EXACT_ONLINE_CLIENT_SECRET and PUBLIC_BASE_URL (README, "Connecting the books").',
    );
  }
  const key = source ? requireTokenKey(settings) : null;
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    if (values.status) {
      const connections = await listLedgerConnections({ prisma: db.prisma });
      io.stdout.write(values.json ? `${JSON.stringify(connections, null, 2)}\n` : renderStatus(connections));
      return connections.some((c) => c.status === 'revoked') ? 1 : 0;
    }
    if (exact && key) {
      const { url, expiresAt } = await startExactOnlineSignIn({ db, exact });
      io.stdout.write(
        [
          'Open this link in a browser and sign in to Exact Online as a user of the division to connect:',
          '',
          `  ${url}`,
          '',
          `The link works once, until ${expiresAt.toISOString()}. \`collections serve\` must be running and reachable at`,
          `${exact.redirectUri}: the sign-in ends there, and \`collections connect --status\` then shows the division.`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    if (moneybird && key) {
      await saveLedgerConnection({
        prisma: db.prisma,
        key,
        source: 'moneybird',
        administration: moneybird.administration,
        grant: { accessToken: moneybird.token, refreshToken: null, expiresAt: null },
        now: new Date(),
      });
      io.stdout.write(
        `Moneybird administration ${moneybird.administration} connected; its token is stored encrypted.\n`,
      );
    }
    if (values.webhook) {
      const registered = await registerLedgerWebhook({ db, env, settings, now: new Date() });
      io.stdout.write(
        `Moneybird administration ${registered.administration} pushes invoice changes to ${registered.url} (webhook ${registered.webhookId}); serve syncs soon after each.\n`,
      );
    }
    return moneybird || values.webhook ? 0 : 2;
  } finally {
    await db.close();
  }
};

async function readMoneybirdArgs(
  token: string | undefined,
  administration: string | undefined,
  stdin: NodeJS.ReadableStream,
): Promise<{ token: string; administration: string }> {
  if (!token || !administration) {
    throw new AppError(
      'INPUT_INVALID',
      `Moneybird needs --token (a personal API token from Moneybird's settings, or - to read it from stdin) and --administration (the number in its URLs). Usage: ${USAGE}`,
    );
  }
  if (!/^\d{1,30}$/.test(administration)) {
    throw new AppError(
      'INPUT_INVALID',
      "Give --administration as the number in Moneybird's URLs (moneybird.com/<administration id>/...).",
    );
  }
  const value = (token === '-' ? await text(stdin) : token).trim();
  if (!/^[\x21-\x7e]{8,512}$/.test(value)) {
    // Never echo the token, not even a wrong one.
    throw new AppError(
      'INPUT_INVALID',
      'That is not a Moneybird API token: expected one word of 8 to 512 printable characters.',
    );
  }
  return { token: value, administration };
}

function renderStatus(connections: readonly LedgerConnectionStatus[]): string {
  if (connections.length === 0) {
    return 'No accounting package connected. Connect one: collections connect exact-online, or collections connect moneybird --token - --administration ID\n';
  }
  const lines: string[] = [];
  for (const c of connections) {
    lines.push(
      `${c.source}: administration ${c.administration}, ${c.status} since ${(c.status === 'revoked' ? c.revokedAt : c.connectedAt)?.toISOString()}${c.expiresAt && c.status === 'connected' ? `, access token until ${c.expiresAt.toISOString()} (refreshed as needed)` : ''}${c.webhookId ? `, pushes changes to serve (webhook ${c.webhookId})` : ''}`,
    );
    if (c.status === 'revoked') {
      lines.push(
        `  ${describeRevokedConnection({ source: c.source, administration: c.administration, reason: c.revokedReason ?? 'revoked' })}`,
      );
      lines.push(
        `  finance told: ${c.financeToldAt ? `${c.financeToldAt.toISOString()} in Slack` : 'not in Slack (no Slack set up); serve logged it'}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
