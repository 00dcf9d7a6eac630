import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { loadLetterSubject } from '../../prisma/dunning/load-letter-subject.ts';
import { type LetterDebtor, loadLetterDebtor } from '../../prisma/letters/load-letter-debtor.ts';
import { type WordedLadderLetter, wordLadderLetter } from '../letters/word-ladder-letter.ts';
import type { ConsoleDeps } from './console-deps.ts';

export interface DebtorLetters {
  readonly debtor: LetterDebtor;
  /** The letters' date: today in Amsterdam, by the console's clock. */
  readonly today: string;
  /** The invoice the letters are about: the one asked for, or the longest overdue; null: none open. */
  readonly invoice: LetterDebtor['invoices'][number] | null;
  /** Each step of the debtor's ladder (or the one asked for) with its letter; none without an invoice. */
  readonly letters: readonly {
    readonly label: string;
    /** Goes on paper too (a PDF is attached): the 14-day letter and the notice of default. */
    readonly formal: boolean;
    readonly letter: WordedLadderLetter;
  }[];
}

/**
 * What each step of a debtor's ladder would send today about one of its open invoices, worded
 * by wordLadderLetter (the mailer's rendering, as `collections letters preview`), in the
 * debtor's language. null: no such debtor, or an invoice or step that is not theirs.
 */
export async function wordDebtorLetters({
  deps,
  debtorId,
  invoiceNumber,
  step,
}: {
  deps: ConsoleDeps;
  debtorId: string;
  /** null: the longest overdue open invoice. */
  invoiceNumber: string | null;
  /** null: every step. */
  step: string | null;
}): Promise<DebtorLetters | null> {
  const debtor = await loadLetterDebtor({ prisma: deps.db.prisma, debtorId });
  if (!debtor) return null;
  const invoice =
    invoiceNumber === null
      ? (debtor.invoices[0] ?? null)
      : debtor.invoices.find((candidate) => candidate.number === invoiceNumber);
  if (invoice === undefined) return null;
  const ladder = ladderForDebtor(deps.policy, debtor.kind);
  const indexes = ladder.flatMap((candidate, index) =>
    step === null || candidate.code === step ? [index] : [],
  );
  if (step !== null && indexes.length === 0) return null;
  const today = amsterdamDate(deps.now());
  if (invoice === null) return { debtor, today, invoice, letters: [] };
  const subject = await loadLetterSubject({ prisma: deps.db.prisma, number: invoice.number });
  if (!subject) return null;
  const inputs = deps.letters();
  const letters: DebtorLetters['letters'][number][] = [];
  for (const stepIndex of indexes) {
    const letter = await wordLadderLetter({ subject, ladder, stepIndex, inputs, language: null, today });
    letters.push({
      label: ladder[stepIndex]!.label,
      formal: letter.letterKind !== 'reminder' && isFormalLetter(letter.letterKind),
      letter,
    });
  }
  return { debtor, today, invoice, letters };
}
