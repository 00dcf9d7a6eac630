import type { LetterKind } from '../../../domain/notices/action-notice.ts';
import type { LetterData } from './build-letter-variables.ts';
import { chooseLetterTemplate } from './choose-letter-template.ts';
import type { LetterSettings } from './letter-settings.ts';
import { loadLetterTemplates, type RenderedLetter } from './load-letter-templates.ts';

/**
 * A ladder letter to word: the first reminder the run sends, or a later step a person approved.
 * Its data is a LetterData's but for what the settings (company) and the step (earlierLetters) give.
 */
export interface LetterRequest extends Omit<LetterData, 'company' | 'earlierLetters'> {
  readonly letterKind: LetterKind | 'reminder';
  /** The policy's step code (reminder_1, aanmaning, ...); null: chosen by letterKind. */
  readonly stepCode: string | null;
  /** Where the step sits on the debtor's ladder: also how many letters went before. */
  readonly stepIndex: number;
}

/**
 * Words a ladder letter from its template (channels/email/templates, or the company's override):
 * subject, HTML and the plain-text part made from that same HTML.
 */
export async function renderLetter({
  letter,
  language,
  settings,
}: {
  letter: LetterRequest;
  language: string;
  settings: LetterSettings;
}): Promise<RenderedLetter> {
  const templates = await loadLetterTemplates({ overridesDir: settings.templatesDir });
  const name = chooseLetterTemplate({
    stepCode: letter.stepCode,
    stepIndex: letter.stepIndex,
    letterKind: letter.letterKind,
    has: (candidate) =>
      templates.files.has(`${language}/${candidate}`) || templates.files.has(`en/${candidate}`),
  });
  return templates.render({
    name,
    language,
    data: {
      company: settings.company,
      debtorName: letter.debtorName,
      contactName: letter.contactName,
      invoices: letter.invoices,
      paymentLink: letter.paymentLink,
      costsCents: letter.costsCents,
      interest: letter.interest ?? null,
      earlierLetters: letter.stepIndex,
      letterDate: letter.letterDate,
      onPaper: letter.onPaper ?? false,
    },
  });
}
