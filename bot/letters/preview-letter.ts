import {
  loadLetterTemplates,
  type RenderedLetter,
} from '../../channels/email/letters/load-letter-templates.ts';
import { showLogoInBrowser } from '../../channels/email/letters/show-logo-in-browser.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { loadLetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import { loadDebtorAddress } from '../../prisma/letters/load-debtor-address.ts';
import { openDatabase } from '../../prisma/open-database.ts';
import { loadConfig } from '../config/load-config.ts';
import { readDunningInputs } from '../dunning/read-dunning-inputs.ts';
import { drawLadderLetterPdf } from './draw-ladder-letter-pdf.ts';
import { wordLadderLetter } from './word-ladder-letter.ts';

export interface LetterPreview extends RenderedLetter {
  readonly step: string;
  readonly stepIndex: number;
  readonly invoice: string;
  readonly debtor: string;
  /** The printed letter (--format pdf): the PDF a formal letter is sent with; null otherwise. */
  readonly pdf: Uint8Array | null;
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
  pdf = false,
}: {
  env: NodeJS.ProcessEnv;
  step: string;
  invoiceNumber: string;
  /** null: the debtor's own language. */
  language: string | null;
  /** true: also the PDF letter; refused for a step whose letter has none. */
  pdf?: boolean;
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
    if (pdf && letter.paperText === null) {
      throw new AppError(
        'INPUT_INVALID',
        `--format pdf: the ${ladderStep.code} letter goes by e-mail only and has no PDF; only the notice of default (companies) and the 14-day letter (consumers) are printed letters. Use --format text or html, or a step that states costs (${ladder
          .filter((candidate) => candidate.statesCosts && !candidate.handover)
          .map((candidate) => candidate.code)
          .join(', ')}).`,
      );
    }
    const printed = pdf
      ? await drawLadderLetterPdf({
          identity: config.company,
          debtorName: subject.debtor.name,
          address: await loadDebtorAddress({ prisma: db.prisma, debtorId: subject.debtor.id }),
          today: amsterdamDate(new Date()),
          rendered: letter,
          invoices: [subject.invoice],
          language: letter.language,
        })
      : null;
    return {
      ...letter,
      html: showLogoInBrowser(letter.html, config.company.logo),
      invoice: subject.invoice.number,
      debtor: subject.debtor.name,
      pdf: printed,
    };
  } finally {
    await db.close();
  }
}
