import { AppError, asAppError, type ErrorCode } from '../../domain/errors/app-error.ts';
import type { CommandContext, CommandHandler } from './command.ts';

/**
 * Sub-commands by their words; two-word commands ("db migrate") are keyed with a space. Each
 * handler is imported when its command runs: loading every command (server, Slack, chat, Prisma)
 * took 290 MB and seconds before `classify` had read a byte.
 */
const COMMANDS: Record<string, { load: () => Promise<CommandHandler>; summary: string }> = {
  'db migrate': {
    load: async () => (await import('./commands/db-migrate-command.ts')).dbMigrateCommand,
    summary: 'apply pending database migrations',
  },
  import: {
    load: async () => (await import('./commands/import-command.ts')).importCommand,
    summary: 'import debtors and invoices from a CSV file',
  },
  'import-bank': {
    load: async () => (await import('./commands/import-bank-command.ts')).importBankCommand,
    summary: 'import bank statements (CAMT.053, MT940) and match the payments: import-bank FILE...',
  },
  'sync ledger': {
    load: async () => (await import('./commands/sync-ledger-command.ts')).syncLedgerCommand,
    summary:
      'read what changed in the accounting package (Moneybird): sync ledger [--source NAME] [--full] [--progress]',
  },
  demo: {
    load: async () => (await import('./commands/demo-command.ts')).demoCommand,
    summary: 'load a sample ledger and run sample replies through the pipeline',
  },
  classify: {
    load: async () => (await import('./commands/classify-command.ts')).classifyCommand,
    summary: 'classify JSON Lines from stdin, or --eml FILE...',
  },
  'dunning run': {
    load: async () => (await import('./commands/dunning-run-command.ts')).dunningRunCommand,
    summary: 'send the reminders due today [--dry-run] [--json]',
  },
  'letters preview': {
    load: async () => (await import('./commands/letters-preview-command.ts')).lettersPreviewCommand,
    summary:
      'a ladder letter as it would be sent: --step STEP --invoice NUMBER [--lang L] [--format text|html]',
  },
  serve: {
    load: async () => (await import('./commands/serve-command.ts')).serveCommand,
    summary: 'run the HTTP server (GET /health) and the channels',
  },
  costs: {
    load: async () => (await import('./commands/costs-command.ts')).costsCommand,
    summary: 'WIK collection costs: --principal <euros> [--consumer] [--vat]',
  },
  interest: {
    load: async () => (await import('./commands/interest-command.ts')).interestCommand,
    summary: 'statutory interest: --principal <euros> --from <date> --to <date> [--consumer]',
  },
  report: {
    load: async () => (await import('./commands/report-command.ts')).reportCommand,
    summary: 'report aging|dso|forecast [--json]',
  },
  link: {
    load: async () => (await import('./commands/link-command.ts')).linkCommand,
    summary: 'print the payment-page URL of an invoice: link <invoice number>',
  },
  schedule: {
    load: async () => (await import('./commands/schedule-command.ts')).scheduleCommand,
    summary: 'each job serve runs on its own: next run, last run and how it ended [--json]',
  },
  'letters print': {
    load: async () => (await import('./commands/letters-print-command.ts')).lettersPrintCommand,
    summary: "the day's letters that go by post as one PDF: --date D [--out FILE.pdf]",
  },
  'letters posted': {
    load: async () => (await import('./commands/letters-posted-command.ts')).lettersPostedCommand,
    summary: 'register that the printed letters were posted on D (the 14-day term counts from it): --date D',
  },
  staff: {
    load: async () => (await import('./commands/staff-command.ts')).staffCommand,
    summary: 'who may sign in to the console: staff add --email --name --role | remove --email | list',
  },
  connect: {
    load: async () => (await import('./commands/connect-command.ts')).connectCommand,
    summary: 'connect the books: connect exact-online | moneybird --token T --administration ID | --status',
  },
  queues: {
    load: async () => (await import('./commands/queues-command.ts')).queuesCommand,
    summary: 'every outbox by state (due, waiting, leased, done, dead); exit 1 when a row is dead [--json]',
  },
};

/** Exit codes by error code: 2 for what the user can fix in the command or input, 3 for setup. */
const EXIT_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INPUT_INVALID: 2,
  IMPORT_INVALID: 2,
  NOT_FOUND: 2,
  CONFIG_INVALID: 3,
  POLICY_INVALID: 3,
  DATABASE_UNAVAILABLE: 3,
  MIGRATION_FAILED: 3,
};

export async function runCli(
  argv: readonly string[],
  context: Omit<CommandContext, 'args'>,
): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === '--help' || first === 'help' || first === '-h') {
    context.io.stdout.write(usage());
    return first ? 0 : 2;
  }
  const two = second ? COMMANDS[`${first} ${second}`] : undefined;
  const command = two ?? COMMANDS[first];
  const args = two ? rest : argv.slice(1);
  try {
    if (!command) {
      throw new AppError('INPUT_INVALID', `Unknown command "${argv.slice(0, 2).join(' ')}".\n${usage()}`);
    }
    const handler = await command.load();
    return await handler({ ...context, args });
  } catch (error) {
    const appError = asAppError(error);
    context.io.stderr.write(`collections: ${appError.message}\n`);
    if (appError.code === 'INTERNAL' && appError.cause instanceof Error) {
      context.io.stderr.write(`${appError.cause.stack ?? ''}\n`);
    }
    return EXIT_BY_CODE[appError.code] ?? 1;
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: collections <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}
