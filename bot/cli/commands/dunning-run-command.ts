import { setFlagsFromString } from 'node:v8';
import { createSmtpSender } from '../../../channels/email/create-smtp-sender.ts';
import { loadLetterTemplates } from '../../../channels/email/letters/load-letter-templates.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { readDunningInputs } from '../../dunning/read-dunning-inputs.ts';
import { runDunning } from '../../dunning/run-dunning.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = 'collections dunning run [--dry-run] [--json]';

/**
 * `collections dunning run`: queues and sends the letters due today that the policy lets go out
 * by itself and proposes those that need a person (each step's `approval`); --dry-run only shows
 * what it would do, and for each letter whether it would go out or wait for approval, and why. Needs SMTP_HOST,
 * EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET unless --dry-run.
 */
export const dunningRunCommand: CommandHandler = async ({ args, io, env }) => {
  // Every due letter is worded from its template (MJML, then its text part), 600 of them at
  // 100,000 invoices: in V8's memory-saving mode the garbage they leave is collected as the run
  // goes instead of growing the heap (bench:ledger's dry run). This command is its process.
  setFlagsFromString('--optimize-for-size');
  const { values } = parseCommandArgs(args, USAGE, {
    options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const dryRun = values['dry-run'] ?? false;
  const config = loadConfig(env);
  const email = readEmailConfig(env);
  if (!dryRun && (!email.smtp || !email.from || !email.replyTokenSecret)) {
    throw new AppError(
      'CONFIG_INVALID',
      'Sending reminders needs SMTP_HOST, EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET. Set them (see .env.example) or use --dry-run.',
    );
  }
  // The letters' templates are checked before anything is queued: a broken override stops the run.
  await loadLetterTemplates({ overridesDir: config.templatesDir });
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  const sender = !dryRun && email.smtp ? createSmtpSender(email.smtp) : null;
  try {
    const { deps } = readDunningInputs({
      env,
      config,
      db,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    const report = await runDunning({ deps, sender, dryRun });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      io.stdout.write(
        `Dunning run for ${report.today}${dryRun ? ' (dry run: nothing queued or sent)' : ''}\n`,
      );
      for (const line of report.lines) {
        io.stdout.write(
          `  ${line.debtor} | ${line.step} | ${line.invoices.join(', ')} | ${line.to ?? '-'} | ${line.outcome}${line.approval ? ` (approval ${line.approval.rule}: ${line.approval.reason})` : ''}\n`,
        );
        if (line.letter) {
          io.stdout.write(`      Subject: ${line.letter.subject}\n`);
          for (const text of line.letter.firstLines) io.stdout.write(`      ${text}\n`);
        }
      }
      if (report.lines.length === 0) io.stdout.write('  nothing is due\n');
      if (report.sent) {
        const s = report.sent;
        io.stdout.write(
          `Sent ${s.sent}, deferred by rate limit ${s.deferred}, retrying ${s.retrying}, failed ${s.failed}\n`,
        );
      }
    }
    return report.sent && report.sent.failed > 0 ? 1 : 0;
  } finally {
    sender?.close();
    await db.close();
  }
};
