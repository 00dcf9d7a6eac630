import { writeFileSync } from 'node:fs';
import { AppError } from '../../../domain/errors/app-error.ts';
import { assertIsoDate } from '../../../domain/model/iso-date.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { printLetters } from '../../letters/print-letters.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = 'collections letters print --date YYYY-MM-DD [--out FILE.pdf]';

/**
 * `collections letters print --date D`: the letters dated D that go by post (LETTERS_BY_POST) as
 * one PDF to print and post in window envelopes (default file letters-D.pdf). Then register the
 * posting with `collections letters posted`.
 */
export const lettersPrintCommand: CommandHandler = async ({ args, io, env }) => {
  const values = parseCommandArgs(args, USAGE, {
    options: { date: { type: 'string' }, out: { type: 'string' } },
  }).values;
  if (!values.date) throw new AppError('INPUT_INVALID', `--date is required. Usage: ${USAGE}`);
  const date = assertIsoDate(values.date, '--date');
  const out = values.out ?? `letters-${date}.pdf`;
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const { letters, pdf } = await printLetters({ prisma: db.prisma, date, now: new Date() });
    if (!pdf) {
      io.stdout.write(`No letters dated ${date} go by post; nothing to print.\n`);
      return 0;
    }
    try {
      writeFileSync(out, pdf);
    } catch (cause) {
      throw new AppError(
        'INPUT_INVALID',
        `Cannot write ${out}: ${(cause as NodeJS.ErrnoException).code ?? cause}. Give another --out.`,
        { cause },
      );
    }
    io.stdout.write(`${letters.length} letter(s) dated ${date} written to ${out}:\n`);
    for (const letter of letters) {
      io.stdout.write(
        `  ${letter.debtorName} | ${letter.stepCode}${letter.postedOn ? ` | already posted ${letter.postedOn}` : ''}\n`,
      );
    }
    io.stdout.write(
      `Print them, post them in window envelopes, then register the posting: collections letters posted --date <day posted> --letters-of ${date}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
};
