import { formatMoney, money } from '../../domain/money.ts';
import { type ActionEmailContent, renderActionEmail } from './render-action-email.ts';
import type { EmailLanguage, InvoiceLine, RenderedEmail } from './rendered-email.ts';

interface Common {
  readonly companyName: string;
  readonly debtorName: string;
  readonly invoices: readonly InvoiceLine[];
}

/** Everything an automated mail can say; each template has its own data. */
export type EmailContent =
  | (Common & {
      readonly template: 'reminder';
      readonly stepLabel: string;
      readonly paymentLink: string | null;
    })
  | (Common & {
      readonly template: 'payment_plan_confirmation';
      readonly instalments: readonly { readonly dueDate: string; readonly amountCents: number }[];
    })
  | (Common & { readonly template: 'po_request' })
  | (Common & {
      readonly template: 'dispute_acknowledgement';
      readonly pausedUntil: string | null;
      /** false: no staff channel tells anyone, so the mail promises no contact (only what is true). */
      readonly staffNotified?: boolean;
    })
  | (Common & { readonly template: 'payment_link'; readonly url: string })
  | ActionEmailContent;

export type EmailTemplate = EmailContent['template'];

/**
 * Every automated mail a debtor can receive, listed at run time (tests iterate it: each template
 * has to show the state its words claim). Adding a template to EmailContent without listing it
 * here does not compile.
 */
export const EMAIL_TEMPLATES = [
  'reminder',
  'payment_plan_confirmation',
  'po_request',
  'dispute_acknowledgement',
  'payment_link',
  'dunning_letter',
  'invoice_reissued',
  'contact_updated',
  'promise_confirmation',
  'payment_reference_request',
  'invoice_copy',
  'payment_received',
] as const satisfies readonly EmailTemplate[];
type Unlisted = Exclude<EmailTemplate, (typeof EMAIL_TEMPLATES)[number]>;
const everyTemplateListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTemplateListed;

const eur = (cents: number, language: EmailLanguage) => formatMoney(money(cents), language);

// Made once per language: constructing an Intl formatter costs more than rendering the mail.
const DAY_FORMATS = new Map(
  (['nl', 'en'] as const).map((language) => [
    language,
    new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }),
  ]),
);

function day(iso: string, language: EmailLanguage): string {
  return DAY_FORMATS.get(language === 'nl' ? 'nl' : 'en')!.format(new Date(`${iso}T12:00:00Z`));
}

function invoiceTable(invoices: readonly InvoiceLine[], language: EmailLanguage): string {
  const label = language === 'nl' ? ['Factuur', 'vervallen op', 'betalen'] : ['Invoice', 'due', 'pay'];
  return invoices
    .map(
      (i) =>
        `  ${label[0]} ${i.number}, ${label[1]} ${day(i.dueDate, language)}: ${eur(i.openCents, language)}` +
        (i.payUrl ? `\n    ${label[2]}: ${i.payUrl}` : ''),
    )
    .join('\n');
}

const numbers = (invoices: readonly InvoiceLine[]) => invoices.map((invoice) => invoice.number).join(', ');
const total = (invoices: readonly InvoiceLine[]) =>
  invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);

/**
 * Renders an automated mail in Dutch or English (other languages get English). The subject
 * always names the invoice numbers: a reply that loses its headers can still be matched.
 */
export function renderEmail(content: EmailContent, language: EmailLanguage): RenderedEmail {
  const nl = language === 'nl';
  const hello = nl ? `Beste ${content.debtorName},` : `Dear ${content.debtorName},`;
  const bye = nl
    ? `Met vriendelijke groet,\n${content.companyName}`
    : `Kind regards,\n${content.companyName}`;
  const table = invoiceTable(content.invoices, language);
  const sum = eur(total(content.invoices), language);
  const refs = numbers(content.invoices);
  const body = (lines: string[]) => [hello, '', ...lines, '', bye, ''].join('\n');
  switch (content.template) {
    case 'reminder':
      return {
        subject: nl ? `${content.stepLabel}: factuur ${refs}` : `${content.stepLabel}: invoice ${refs}`,
        text: body([
          nl
            ? `Volgens onze administratie staat het volgende nog open (totaal ${sum}):`
            : `According to our records the following is still open (total ${sum}):`,
          '',
          table,
          '',
          ...(content.paymentLink
            ? [
                nl ? `Betalen kan hier: ${content.paymentLink}` : `You can pay here: ${content.paymentLink}`,
                '',
              ]
            : []),
          nl
            ? 'Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen. Is er iets mis met de factuur of lukt betalen nu niet? Beantwoord deze e-mail, dan zoeken we samen een oplossing.'
            : 'If you have already paid, please disregard this message. Is something wrong with the invoice, or is paying difficult right now? Reply to this e-mail and we will find a solution together.',
        ]),
      };
    case 'payment_plan_confirmation': {
      const lines = content.instalments.map(
        (part, index) => `  ${index + 1}. ${day(part.dueDate, language)}: ${eur(part.amountCents, language)}`,
      );
      return {
        subject: nl ? `Betalingsregeling factuur ${refs}` : `Payment plan for invoice ${refs}`,
        text: body([
          nl
            ? `Hierbij bevestigen wij de betalingsregeling voor ${refs} (totaal ${sum}):`
            : `We confirm the payment plan for ${refs} (total ${sum}):`,
          '',
          ...lines,
          '',
          nl
            ? 'Zolang de termijnen op tijd binnenkomen, ontvangt u van ons geen herinneringen voor deze facturen.'
            : 'As long as the instalments arrive on time, you will receive no reminders for these invoices.',
        ]),
      };
    }
    case 'po_request':
      return {
        subject: nl ? `Inkoopordernummer voor factuur ${refs}` : `Purchase order number for invoice ${refs}`,
        text: body([
          nl
            ? `Dank voor uw bericht. Om factuur ${refs} te kunnen verwerken heeft u een inkoopordernummer (PO) nodig. Wilt u dat nummer in een antwoord op deze e-mail sturen? Dan passen wij de factuur aan.`
            : `Thank you for your message. To process invoice ${refs} you need a purchase order (PO) number. Please reply to this e-mail with the number and we will update the invoice.`,
          '',
          table,
        ]),
      };
    case 'dispute_acknowledgement':
      return {
        subject: nl ? `Uw vraag over factuur ${refs}` : `Your question about invoice ${refs}`,
        text: body([
          content.staffNotified === false
            ? nl
              ? `Dank voor uw bericht over factuur ${refs}. Wij hebben het vastgelegd bij uw dossier; ons team bekijkt deze berichten op werkdagen.`
              : `Thank you for your message about invoice ${refs}. It is recorded with your file; our team reviews these messages on business days.`
            : nl
              ? `Dank voor uw bericht over factuur ${refs}. Wij hebben het doorgegeven aan uw contactpersoon, die contact met u opneemt.`
              : `Thank you for your message about invoice ${refs}. We have passed it on to your account manager, who will contact you.`,
          content.pausedUntil
            ? nl
              ? `Tot ${day(content.pausedUntil, language)} ontvangt u over deze factuur geen herinneringen.`
              : `Until ${day(content.pausedUntil, language)} you will receive no reminders about this invoice.`
            : '',
        ]),
      };
    case 'payment_link':
      return {
        subject: nl ? `Betaallink factuur ${refs}` : `Payment link for invoice ${refs}`,
        text: body([
          nl
            ? `Dank voor uw bericht. U kunt ${sum} eenvoudig betalen via:`
            : `Thank you for your message. You can pay ${sum} here:`,
          '',
          `  ${content.url}`,
          '',
          table,
        ]),
      };
    default:
      return renderActionEmail(content, language);
  }
}
