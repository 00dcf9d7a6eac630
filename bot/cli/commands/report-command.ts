import { AppError } from '../../../domain/errors/app-error.ts';
import { amsterdamDate, assertIsoDate } from '../../../domain/model/iso-date.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { buildReport, REPORT_KINDS, type ReportKind } from '../../report/build-report.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE =
  'collections report aging|dso|dso-trend|forecast|promises [--json] [--as-of YYYY-MM-DD] [--weeks N] [--months N]';

/**
 * `collections report aging|dso|dso-trend|forecast|promises`: readable tables, or --json for
 * machines; the console's reports page shows the same results (bot/console/show-reports.ts).
 */
export const reportCommand: CommandHandler = async ({ args, io, env }) => {
  const parsed = parseCommandArgs(args, USAGE, {
    options: {
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      weeks: { type: 'string' },
      months: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [kind, ...extra] = parsed.positionals;
  if (!kind || !(REPORT_KINDS as readonly string[]).includes(kind) || extra.length > 0) {
    throw new AppError('INPUT_INVALID', `Say which report. Usage: ${USAGE}`);
  }
  const asOf = parsed.values['as-of']
    ? assertIsoDate(parsed.values['as-of'], '--as-of')
    : amsterdamDate(new Date());
  const weeks = parsed.values.weeks === undefined ? 8 : Number(parsed.values.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw new AppError(
      'INPUT_INVALID',
      `--weeks must be a whole number from 1 to 52, got "${parsed.values.weeks}".`,
    );
  }
  const months = parsed.values.months === undefined ? 12 : Number(parsed.values.months);
  if (!Number.isInteger(months) || months < 1 || months > 36) {
    throw new AppError(
      'INPUT_INVALID',
      `--months must be a whole number from 1 to 36, got "${parsed.values.months}".`,
    );
  }
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const { result, text } = await buildReport({
      db,
      kind: kind as ReportKind,
      asOf,
      weeks,
      months,
      graceBusinessDays: config.policy.promises.graceBusinessDays,
    });
    io.stdout.write(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : text);
    return 0;
  } finally {
    await db.close();
  }
};
