import type { LetterKind } from '../../../domain/notices/action-notice.ts';

/**
 * Which template words a ladder letter: the one named after the step's code when the company has
 * one (a policy may add its own steps), otherwise the shipped letter for what the step does.
 */
export function chooseLetterTemplate({
  stepCode,
  stepIndex,
  letterKind,
  has,
}: {
  stepCode: string | null;
  stepIndex: number;
  /** reminder: a first or later reminder sent without approval; the rest as the planner calls them. */
  letterKind: LetterKind | 'reminder';
  has: (name: string) => boolean;
}): string {
  if (stepCode && has(stepCode)) return stepCode;
  switch (letterKind) {
    case 'reminder':
      return stepIndex === 0 ? 'reminder_1' : 'reminder_2';
    case 'notice':
      return stepIndex <= 1 ? 'reminder_2' : 'aanmaning';
    case 'default_notice':
      return 'ingebrekestelling';
    case 'fourteen_day_letter':
      return 'veertiendagenbrief';
    case 'handover':
      return 'incassobureau';
  }
}
