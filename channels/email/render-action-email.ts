import { formatLongDay } from '../../domain/calendar/format-long-day.ts';
import { formatMoney, money } from '../../domain/money.ts';
import type { LetterInterestLine } from '../../domain/notices/action-notice.ts';
import type { EmailLanguage, InvoiceLine, RenderedEmail } from './rendered-email.ts';

interface ActionCommon {
  readonly companyName: string;
  readonly debtorName: string;
  readonly invoices: readonly InvoiceLine[];
}

/** Mails that carry out a proposal a person approved in Slack (see bot/actions). */
export type ActionEmailContent =
  | (ActionCommon & {
      readonly template: 'dunning_letter';
      /** The contact's name as imported (the greeting); the step's code and place (the template). */
      readonly contactName?: string | null;
      readonly stepCode?: string | null;
      readonly stepIndex?: number;
      readonly stepLabel: string;
      /** notice: aanmaning; default_notice: ingebrekestelling (B2B, costs); fourteen_day_letter: consumers (art. 6:96 lid 6 BW); handover */
      readonly letterKind: 'notice' | 'default_notice' | 'fourteen_day_letter' | 'handover';
      readonly costsCents: number | null;
      /** The statutory interest the notice of default states up to its date; absent: none. */
      readonly interest?: LetterInterestLine | null;
      readonly paymentLink: string | null;
    })
  | (ActionCommon & { readonly template: 'invoice_reissued'; readonly poNumber: string })
  | (ActionCommon & { readonly template: 'contact_updated'; readonly email: string })
  | (ActionCommon & {
      readonly template: 'promise_confirmation';
      readonly promisedDate: string;
      readonly amountCents: number | null;
    })
  | (ActionCommon & { readonly template: 'payment_reference_request' })
  | (ActionCommon & { readonly template: 'invoice_copy'; readonly paymentLink: string | null })
  | (ActionCommon & { readonly template: 'payment_received'; readonly amountCents: number | null });

/** The approved-action mails worded here; the dunning letter has its template files. */
export type CodedActionEmailContent = Exclude<ActionEmailContent, { template: 'dunning_letter' }>;

const eur = (cents: number, language: EmailLanguage) => formatMoney(money(cents), language);

/**
 * Renders the approved-action mails in Dutch or English. The ladder letters (the 14-day letter
 * among them) are worded by their template files: channels/email/letters/render-letter.ts.
 */
export function renderActionEmail(content: CodedActionEmailContent, language: EmailLanguage): RenderedEmail {
  const nl = language === 'nl';
  const refs = content.invoices.map((invoice) => invoice.number).join(', ');
  const sum = eur(
    content.invoices.reduce((total, invoice) => total + invoice.openCents, 0),
    language,
  );
  const table = content.invoices
    .map(
      (i) =>
        `  ${nl ? 'Factuur' : 'Invoice'} ${i.number}, ${nl ? 'vervallen op' : 'due'} ${formatLongDay(i.dueDate, language)}: ${eur(i.openCents, language)}`,
    )
    .join('\n');
  const body = (lines: string[]) =>
    [
      nl ? `Beste ${content.debtorName},` : `Dear ${content.debtorName},`,
      '',
      ...lines,
      '',
      nl ? `Met vriendelijke groet,\n${content.companyName}` : `Kind regards,\n${content.companyName}`,
      '',
    ].join('\n');
  const pay = (link: string | null) =>
    link ? ['', nl ? `Betalen kan hier: ${link}` : `You can pay here: ${link}`] : [];
  switch (content.template) {
    case 'invoice_reissued':
      return {
        subject: nl
          ? `Factuur ${refs} met inkoopordernummer ${content.poNumber}`
          : `Invoice ${refs} with purchase order number ${content.poNumber}`,
        text: body([
          nl
            ? `Dank voor het inkoopordernummer. Wij hebben ${content.poNumber} op factuur ${refs} vermeld; bedrag en vervaldatum blijven gelijk:`
            : `Thank you for the purchase order number. We have added ${content.poNumber} to invoice ${refs}; the amount and due date stay the same:`,
          '',
          table,
        ]),
      };
    case 'contact_updated':
      return {
        subject: nl
          ? `Nieuw adres voor facturen van ${content.companyName}`
          : `New address for invoices from ${content.companyName}`,
        text: body([
          nl
            ? `Zoals gevraagd sturen wij facturen en berichten over uw facturen voortaan naar ${content.email}. Dit staat nog open (totaal ${sum}):`
            : `As requested, we will send invoices and messages about them to ${content.email} from now on. Still open (total ${sum}):`,
          '',
          table,
          '',
          nl
            ? 'Klopt deze wijziging niet? Laat het ons dan direct weten.'
            : 'If this change is not right, please tell us straight away.',
        ]),
      };
    case 'promise_confirmation': {
      const amount = content.amountCents === null ? sum : eur(content.amountCents, language);
      return {
        subject: nl ? `Uw betaaltoezegging voor factuur ${refs}` : `Your promise to pay invoice ${refs}`,
        text: body([
          nl
            ? `Dank voor uw bericht. Wij noteren dat u ${amount} op ${formatLongDay(content.promisedDate, language)} betaalt voor factuur ${refs}. Tot die tijd ontvangt u hierover geen herinneringen.`
            : `Thank you for your message. We have noted that you will pay ${amount} on ${formatLongDay(content.promisedDate, language)} for invoice ${refs}. Until then you will receive no reminders about it.`,
        ]),
      };
    }
    case 'payment_reference_request':
      return {
        subject: nl ? `Uw betaling van factuur ${refs}` : `Your payment of invoice ${refs}`,
        text: body([
          nl
            ? `Dank voor uw bericht dat factuur ${refs} betaald is. Wij kunnen de betaling nog niet vinden. Wilt u de betaaldatum, het bedrag en het rekeningnummer of betalingskenmerk sturen? Dan zoeken wij het voor u uit.`
            : `Thank you for letting us know that invoice ${refs} has been paid. We cannot find the payment yet. Could you send the payment date, the amount and the account number or payment reference? Then we will look into it.`,
          '',
          table,
        ]),
      };
    case 'invoice_copy':
      return {
        subject: nl ? `Factuur ${refs}` : `Invoice ${refs}`,
        text: body([
          nl ? 'Zoals gevraagd de gegevens van uw factuur:' : 'As requested, the details of your invoice:',
          '',
          table,
          ...pay(content.paymentLink),
        ]),
      };
    case 'payment_received': {
      const one = content.invoices.length === 1;
      const received =
        content.amountCents === null
          ? nl
            ? 'uw betaling ontvangen'
            : 'received your payment'
          : nl
            ? `uw betaling van ${eur(content.amountCents, language)} ontvangen`
            : `received your payment of ${eur(content.amountCents, language)}`;
      return {
        subject: nl ? `Betaling ontvangen voor factuur ${refs}` : `Payment received for invoice ${refs}`,
        text: body([
          nl
            ? `Dank u wel. Wij hebben ${received}; ${one ? `factuur ${refs} is` : `de facturen ${refs} zijn`} daarmee betaald. U ontvangt hierover geen herinneringen meer.`
            : `Thank you. We have ${received}; ${one ? `invoice ${refs} is` : `invoices ${refs} are`} now paid. You will receive no more reminders about ${one ? 'it' : 'them'}.`,
        ]),
      };
    }
  }
}
