import {
  loadLetterTemplates,
  type RenderedLetter,
} from '../../channels/email/letters/load-letter-templates.ts';
import { renderLetter } from '../../channels/email/letters/render-letter.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { computeWik } from '../../domain/law/compute-wik.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { LetterKind } from '../../domain/notices/action-notice.ts';
import { loadLetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import { openDatabase } from '../../prisma/open-database.ts';
import { loadConfig } from '../config/load-config.ts';
import { readDunningInputs } from '../dunning/read-dunning-inputs.ts';

export interface LetterPreview extends RenderedLetter {
  readonly step: string;
  readonly invoice: string;
  readonly debtor: string;
}

/**
 * The letter a ladder step would send today for one invoice, as the run would word it: the
 * debtor's contact, language and ladder, the WIK costs a step that states them, the payment link
 * when the payment page is set up. Reads only.
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
    const { deps, paymentLinkFor } = readDunningInputs({ env, config, db, log: () => {} });
    const invoice = subject.invoice;
    const letterKind: LetterKind | 'reminder' =
      stepIndex === 0
        ? 'reminder'
        : ladderStep.handover
          ? 'handover'
          : ladderStep.statesCosts
            ? subject.debtor.kind === 'consumer'
              ? 'fourteen_day_letter'
              : 'default_notice'
            : 'notice';
    const paymentLink = paymentLinkFor
      ? paymentLinkFor(invoice.id)
      : deps.email.paymentLinkUrl
        ? deps.email.paymentLinkUrl.replace('{invoice}', encodeURIComponent(invoice.number))
        : null;
    const letter = await renderLetter({
      letter: {
        letterKind,
        stepCode: ladderStep.code,
        stepIndex,
        debtorName: subject.debtor.name,
        contactName: subject.contact?.name ?? null,
        invoices: [{ number: invoice.number, openCents: invoice.openCents, dueDate: invoice.dueDate }],
        paymentLink,
        costsCents:
          ladderStep.statesCosts || ladderStep.handover
            ? computeWik({ principalCents: invoice.openCents }).wikCents
            : null,
        letterDate: amsterdamDate(new Date()),
      },
      language: language ?? subject.debtor.language,
      settings: { company: config.company, templatesDir: config.templatesDir },
    });
    return { ...letter, step: ladderStep.code, invoice: invoice.number, debtor: subject.debtor.name };
  } finally {
    await db.close();
  }
}
