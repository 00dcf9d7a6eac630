import { AppError } from '../../../domain/errors/app-error.ts';
import { amsterdamDate, assertIsoDate } from '../../../domain/model/iso-date.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { buildReport, type ReportKind } from '../../report/build-report.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = 'collections report aging|dso|forecast [--json] [--as-of YYYY-MM-DD] [--weeks N]';

/** `collections report aging|dso|forecast`: readable tables, or --json for machines. */
export const reportCommand: CommandHandler = async ({ args, io, env }) => {
  const parsed = parseCommandArgs(args, USAGE, {
    options: { json: { type: 'boolean' }, 'as-of': { type: 'string' }, weeks: { type: 'string' } },
    allowPositionals: true,
  });
  const [kind, ...extra] = parsed.positionals;
  if (!kind || !['aging', 'dso', 'forecast'].includes(kind) || extra.length > 0) {
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
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const { result, text } = await buildReport({ db, kind: kind as ReportKind, asOf, weeks });
    io.stdout.write(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : text);
    return 0;
  } finally {
    await db.close();
  }
};
