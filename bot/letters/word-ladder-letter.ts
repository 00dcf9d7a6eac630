import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import type { RenderedLetter } from '../../channels/email/letters/load-letter-templates.ts';
import { renderLetter } from '../../channels/email/letters/render-letter.ts';
import { computeWik } from '../../domain/law/compute-wik.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { LetterKind } from '../../domain/notices/action-notice.ts';
import type { LadderStep } from '../../domain/policy/collections-policy.ts';
import type { LetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import type { DunningInputs } from '../dunning/read-dunning-inputs.ts';

export interface WordedLadderLetter extends RenderedLetter {
  /** A formal letter's words for its PDF (no links; how to reach us on paper); null: no PDF. */
  readonly paperText: string | null;
  readonly step: string;
  readonly stepIndex: number;
  readonly letterKind: LetterKind | 'reminder';
}

/**
 * The letter a ladder step would send today for one invoice, worded as the run words it (the
 * mailer's renderLetter): the debtor's contact and language, the WIK costs a step that states
 * them, the payment link when the payment page is set up. For `collections letters preview` and
 * the console's letters page; reads nothing, sends nothing.
 */
export async function wordLadderLetter({
  subject,
  ladder,
  stepIndex,
  inputs,
  language,
  today,
}: {
  subject: LetterSubject;
  /** The debtor's ladder (ladderForDebtor). */
  ladder: readonly LadderStep[];
  stepIndex: number;
  inputs: DunningInputs;
  /** null: the debtor's own language. */
  language: string | null;
  today: IsoDate;
}): Promise<WordedLadderLetter> {
  const ladderStep = ladder[stepIndex]!;
  const { deps, paymentLinkFor } = inputs;
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
  const request = {
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
    letterDate: today,
  };
  const wording = {
    language: language ?? subject.debtor.language,
    settings: deps.letters ?? letterSettingsFor(deps.companyName),
  };
  const letter = await renderLetter({ letter: request, ...wording });
  const paper =
    letterKind !== 'reminder' && isFormalLetter(letterKind)
      ? await renderLetter({ letter: { ...request, onPaper: true }, ...wording })
      : null;
  return { ...letter, paperText: paper?.text ?? null, step: ladderStep.code, stepIndex, letterKind };
}
