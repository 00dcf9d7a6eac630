import { formatLongDay } from '../../domain/calendar/format-long-day.ts';
import { formatMoney, money } from '../../domain/money.ts';
import {
  type ActionEmailContent,
  type CodedActionEmailContent,
  renderActionEmail,
} from './render-action-email.ts';
import type { EmailLanguage, InvoiceLine, RenderedEmail } from './rendered-email.ts';

interface Common {
  readonly companyName: string;
  readonly debtorName: string;
  readonly invoices: readonly InvoiceLine[];
}

/** What the ladder letters add: worded from their template files (channels/email/letters). */
export interface LadderLetterFields {
  /** The contact's name as imported: the greeting is chosen from it (never the company's name). */
  readonly contactName?: string | null;
  /** The policy's step code; it picks the template (reminder_1, aanmaning, ...). */
  readonly stepCode?: string | null;
  /** Where the step sits on the debtor's ladder (0: the first reminder). */
  readonly stepIndex?: number;
}

/** Everything an automated mail can say; each template has its own data. */
export type EmailContent =
  | (Common &
      LadderLetterFields & {
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

/** The mails worded by template files (ladder letters); the rest are worded here in code. */
export type LadderLetterContent = Extract<EmailContent, { template: 'reminder' | 'dunning_letter' }>;
export type CodedEmailContent = Exclude<EmailContent, LadderLetterContent>;

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

function invoiceTable(invoices: readonly InvoiceLine[], language: EmailLanguage): string {
  const label = language === 'nl' ? ['Factuur', 'vervallen op', 'betalen'] : ['Invoice', 'due', 'pay'];
  return invoices
    .map(
      (i) =>
        `  ${label[0]} ${i.number}, ${label[1]} ${formatLongDay(i.dueDate, language)}: ${eur(i.openCents, language)}` +
        (i.payUrl ? `\n    ${label[2]}: ${i.payUrl}` : ''),
    )
    .join('\n');
}

const numbers = (invoices: readonly InvoiceLine[]) => invoices.map((invoice) => invoice.number).join(', ');
const total = (invoices: readonly InvoiceLine[]) =>
  invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);

/**
 * Renders an automated mail in Dutch or English (other languages get English). The subject
 * always names the invoice numbers: a reply that loses its headers can still be matched. The
 * ladder letters are not worded here: renderEmailContent sends them to their template files.
 */
export function renderEmail(content: CodedEmailContent, language: EmailLanguage): RenderedEmail {
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
    case 'payment_plan_confirmation': {
      const lines = content.instalments.map(
        (part, index) =>
          `  ${index + 1}. ${formatLongDay(part.dueDate, language)}: ${eur(part.amountCents, language)}`,
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
              ? `Tot ${formatLongDay(content.pausedUntil, language)} ontvangt u over deze factuur geen herinneringen.`
              : `Until ${formatLongDay(content.pausedUntil, language)} you will receive no reminders about this invoice.`
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
      return renderActionEmail(content satisfies CodedActionEmailContent, language);
  }
}
