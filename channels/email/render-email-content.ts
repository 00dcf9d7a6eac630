import { isFormalLetter } from '../../domain/letters/is-formal-letter.ts';
import type { AnswerFacts, LetterData } from './letters/build-letter-variables.ts';
import type { LetterSettings } from './letters/letter-settings.ts';
import { loadLetterTemplates } from './letters/load-letter-templates.ts';
import { LOGO_CONTENT_ID } from './letters/logo-content-id.ts';
import { type LetterRequest, renderLetter } from './letters/render-letter.ts';
import type { AnswerEmailContent, EmailContent } from './render-email.ts';
import type { EmailLanguage, RenderedEmail } from './rendered-email.ts';

/**
 * Words any automated mail from its template file (channels/email/templates, or the company's
 * override): a ladder letter from the template of its step, every answer and action notice from
 * the template of its name, in the debtor's language (English when there is none in it). The one
 * place a mail's words come from, for the outbox, the chat's copy and the previews. A formal
 * letter is worded twice: for the mail, and for paper (paperText, the PDF's body).
 */
export async function renderEmailContent({
  content,
  language,
  letters,
  today,
}: {
  content: EmailContent;
  /** The debtor's language; a mail without a template in it is written in English. */
  language: EmailLanguage | string;
  letters: LetterSettings;
  /** The letter's date (YYYY-MM-DD, Europe/Amsterdam). */
  today: string;
}): Promise<RenderedEmail> {
  if (content.template !== 'reminder' && content.template !== 'dunning_letter') {
    const templates = await loadLetterTemplates({ overridesDir: letters.templatesDir });
    const answer = await templates.render({
      name: content.template,
      language,
      data: answerData({ content, letters, today }),
    });
    return withLogo({ subject: answer.subject, text: answer.text, html: answer.html }, letters);
  }
  const letterKind = content.template === 'reminder' ? 'reminder' : content.letterKind;
  const request: LetterRequest = {
    letterKind,
    stepCode: content.stepCode ?? null,
    stepIndex: content.stepIndex ?? 0,
    debtorName: content.debtorName,
    contactName: content.contactName ?? null,
    invoices: content.invoices,
    paymentLink: content.paymentLink,
    costsCents: content.template === 'dunning_letter' ? content.costsCents : null,
    interest: content.template === 'dunning_letter' ? (content.interest ?? null) : null,
    letterDate: today,
  };
  const letter = await renderLetter({ letter: request, language, settings: letters });
  const paper =
    letterKind !== 'reminder' && isFormalLetter(letterKind)
      ? await renderLetter({ letter: { ...request, onPaper: true }, language, settings: letters })
      : null;
  return withLogo(
    { subject: letter.subject, text: letter.text, html: letter.html, paperText: paper?.text ?? null },
    letters,
  );
}

/** An answer's data: the facts its notice stored, nothing recomputed. */
function answerData({
  content,
  letters,
  today,
}: {
  content: AnswerEmailContent;
  letters: LetterSettings;
  today: string;
}): LetterData {
  const facts: AnswerFacts = (() => {
    switch (content.template) {
      case 'payment_plan_confirmation':
        return { instalments: content.instalments };
      case 'dispute_acknowledgement':
        return { pausedUntil: content.pausedUntil, staffNotified: content.staffNotified ?? true };
      case 'invoice_reissued':
        return { poNumber: content.poNumber };
      case 'contact_updated':
        return { newEmail: content.email };
      case 'promise_confirmation':
        return { promisedDate: content.promisedDate, amountCents: content.amountCents };
      case 'payment_received':
        return { amountCents: content.amountCents };
      default:
        return {};
    }
  })();
  const paymentLink =
    content.template === 'payment_link'
      ? content.url
      : content.template === 'invoice_copy'
        ? content.paymentLink
        : null;
  return {
    company: letters.company,
    debtorName: content.debtorName,
    contactName: content.contactName ?? null,
    invoices: content.invoices,
    paymentLink,
    costsCents: null,
    interest: null,
    earlierLetters: 0,
    letterDate: today,
    answer: facts,
  };
}

/** The logo file travels with the mail that shows it, as an inline image (cid:). */
function withLogo(mail: RenderedEmail, letters: LetterSettings): RenderedEmail {
  const logo = letters.company.logo;
  if (!logo || !mail.html?.includes(`cid:${LOGO_CONTENT_ID}`)) return mail;
  return {
    ...mail,
    inline: [
      {
        filename: logo.contentType === 'image/png' ? 'logo.png' : 'logo.jpg',
        contentType: logo.contentType,
        contentBase64: logo.base64,
        contentId: LOGO_CONTENT_ID,
      },
    ],
  };
}
