import {
  loadLetterTemplates,
  type RenderedLetter,
} from '../../channels/email/letters/load-letter-templates.ts';
import { LOGO_CONTENT_ID } from '../../channels/email/letters/logo-content-id.ts';
import { type LetterRequest, renderLetter } from '../../channels/email/letters/render-letter.ts';
import { renderLetterPdf } from '../../channels/letters/render-letter-pdf.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { computeWik } from '../../domain/law/compute-wik.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { LetterKind } from '../../domain/notices/action-notice.ts';
import { loadLetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import { loadDebtorAddress } from '../../prisma/letters/load-debtor-address.ts';
import { openDatabase } from '../../prisma/open-database.ts';
import { loadConfig } from '../config/load-config.ts';
import { readDunningInputs } from '../dunning/read-dunning-inputs.ts';

export interface LetterPreview extends RenderedLetter {
  readonly step: string;
  readonly invoice: string;
  readonly debtor: string;
  /** The printed letter (--format pdf): the PDF a formal letter is sent with; null otherwise. */
  readonly pdf: Uint8Array | null;
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
    if (pdf && (letterKind === 'reminder' || !isFormalLetter(letterKind))) {
      throw new AppError(
        'INPUT_INVALID',
        `--format pdf: the ${ladderStep.code} letter goes by e-mail only and has no PDF; only the notice of default (companies) and the 14-day letter (consumers) are printed letters. Use --format text or html, or a step that states costs (${ladder
          .filter((candidate) => candidate.statesCosts && !candidate.handover)
          .map((candidate) => candidate.code)
          .join(', ')}).`,
      );
    }
    const paymentLink = paymentLinkFor
      ? paymentLinkFor(invoice.id)
      : deps.email.paymentLinkUrl
        ? deps.email.paymentLinkUrl.replace('{invoice}', encodeURIComponent(invoice.number))
        : null;
    const request: LetterRequest = {
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
    };
    const settings = { company: config.company, templatesDir: config.templatesDir };
    const chosen = language ?? subject.debtor.language;
    const letter = await renderLetter({ letter: request, language: chosen, settings });
    const printed = pdf
      ? await renderLetterPdf({
          identity: config.company,
          recipient: {
            name: subject.debtor.name,
            address: await loadDebtorAddress({ prisma: db.prisma, debtorId: subject.debtor.id }),
          },
          date: request.letterDate,
          subject: letter.subject,
          // Worded for paper, as the run's PDF is (render-email-content.ts).
          body: (await renderLetter({ letter: { ...request, onPaper: true }, language: chosen, settings }))
            .text,
          reference: invoice.number,
          payment: { amountCents: invoice.openCents, reference: invoice.number },
          language: letter.language,
        })
      : null;
    const logo = config.company.logo;
    return {
      ...letter,
      // The mail carries a logo file as an inline attachment (cid:); a browser shows it from a data: URI.
      html: logo
        ? letter.html.replaceAll(`cid:${LOGO_CONTENT_ID}`, `data:${logo.contentType};base64,${logo.base64}`)
        : letter.html,
      step: ladderStep.code,
      invoice: invoice.number,
      debtor: subject.debtor.name,
      pdf: printed,
    };
  } finally {
    await db.close();
  }
}
