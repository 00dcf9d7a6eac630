import {
  loadLetterTemplates,
  type RenderedLetter,
} from '../../channels/email/letters/load-letter-templates.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { loadLetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import { openDatabase } from '../../prisma/open-database.ts';
import { loadConfig } from '../config/load-config.ts';
import { readDunningInputs } from '../dunning/read-dunning-inputs.ts';
import { wordLadderLetter } from './word-ladder-letter.ts';

export interface LetterPreview extends RenderedLetter {
  readonly step: string;
  readonly stepIndex: number;
  readonly invoice: string;
  readonly debtor: string;
}

/**
 * The letter a ladder step would send today for one invoice, as the run would word it
 * (wordLadderLetter, as the console's letters page does). Reads only.
 */
export async function previewLetter({
  env,
  step,
  invoiceNumber,
  language,
}: {
  env: NodeJS.ProcessEnv;
  step: string;
  invoiceNumber: string;
  /** null: the debtor's own language. */
  language: string | null;
}): Promise<LetterPreview> {
  const config = loadConfig(env);
  await loadLetterTemplates({ overridesDir: config.templatesDir });
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const subject = await loadLetterSubject({ prisma: db.prisma, number: invoiceNumber });
    if (!subject) {
      throw new AppError(
        'NOT_FOUND',
        `No invoice "${invoiceNumber}". Check the number as it appears in the ledger (collections import).`,
      );
    }
    const ladder = ladderForDebtor(config.policy, subject.debtor.kind);
    const stepIndex = ladder.findIndex((candidate) => candidate.code === step);
    const ladderStep = ladder[stepIndex];
    if (!ladderStep) {
      throw new AppError(
        'INPUT_INVALID',
        `--step "${step}" is not on the ${subject.debtor.kind} ladder; its steps are ${ladder.map((s) => s.code).join(', ')}.`,
      );
    }
    const letter = await wordLadderLetter({
      subject,
      ladder,
      stepIndex,
      inputs: readDunningInputs({ env, config, db, log: () => {} }),
      language,
      today: amsterdamDate(new Date()),
    });
    return { ...letter, invoice: subject.invoice.number, debtor: subject.debtor.name };
  } finally {
    await db.close();
  }
}
