import type { LetterSettings } from './letters/letter-settings.ts';
import { renderLetter } from './letters/render-letter.ts';
import { type EmailContent, renderEmail } from './render-email.ts';
import type { EmailLanguage, RenderedEmail } from './rendered-email.ts';

/**
 * Words any automated mail: a ladder letter (the first reminder, a later step a person approved)
 * from its template files with an HTML part, every other mail by renderEmail. The one place a
 * mail's words come from, for the outbox, the chat's copy and the previews.
 */
export async function renderEmailContent({
  content,
  language,
  letters,
  today,
}: {
  content: EmailContent;
  /** The debtor's language; a letter without a template in it is written in English. */
  language: EmailLanguage | string;
  letters: LetterSettings;
  /** The letter's date (YYYY-MM-DD, Europe/Amsterdam). */
  today: string;
}): Promise<RenderedEmail> {
  if (content.template !== 'reminder' && content.template !== 'dunning_letter') {
    return renderEmail(content, language === 'nl' ? 'nl' : 'en');
  }
  const letter = await renderLetter({
    letter: {
      letterKind: content.template === 'reminder' ? 'reminder' : content.letterKind,
      stepCode: content.stepCode ?? null,
      stepIndex: content.stepIndex ?? 0,
      debtorName: content.debtorName,
      contactName: content.contactName ?? null,
      invoices: content.invoices,
      paymentLink: content.paymentLink,
      costsCents: content.template === 'dunning_letter' ? content.costsCents : null,
      interest: content.template === 'dunning_letter' ? (content.interest ?? null) : null,
      letterDate: today,
    },
    language,
    settings: letters,
  });
  return { subject: letter.subject, text: letter.text, html: letter.html };
}
