import { createManualPostalService } from '../../../channels/post/create-manual-postal-service.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import { assertIsoDate } from '../../../domain/model/iso-date.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { postLetters } from '../../letters/post-letters.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = 'collections letters posted --date YYYY-MM-DD [--letters-of YYYY-MM-DD]';

/**
 * `collections letters posted --date D`: registers that the printed letters (dated D, or the day
 * given with --letters-of) were posted on D. The 14-day term of art. 6:96 lid 6 BW and the next
 * ladder step count from this day, not from the e-mail.
 */
export const lettersPostedCommand: CommandHandler = async ({ args, io, env }) => {
  const values = parseCommandArgs(args, USAGE, {
    options: { date: { type: 'string' }, 'letters-of': { type: 'string' } },
  }).values;
  if (!values.date) throw new AppError('INPUT_INVALID', `--date is required. Usage: ${USAGE}`);
  const on = assertIsoDate(values.date, '--date');
  const lettersOf = values['letters-of'] ? assertIsoDate(values['letters-of'], '--letters-of') : on;
  if (lettersOf > on)
    throw new AppError(
      'INPUT_INVALID',
      `Letters dated ${lettersOf} cannot have been posted on ${on}, before their date.`,
    );
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const result = await postLetters({
      prisma: db.prisma,
      service: createManualPostalService(),
      lettersOf,
      on,
      actor: 'cli',
    });
    io.stdout.write(
      `${result.receipts.length} letter(s) dated ${lettersOf} registered as posted on ${on}` +
        `${result.alreadyPosted ? `; ${result.alreadyPosted} were already registered` : ''}` +
        `${result.notPrinted ? `; ${result.notPrinted} not printed yet (collections letters print --date ${lettersOf})` : ''}.\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
};
