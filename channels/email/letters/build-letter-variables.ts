import { formatLongDay } from '../../../domain/calendar/format-long-day.ts';
import { chooseSalutation } from '../../../domain/letters/choose-salutation.ts';
import type { CompanyIdentity } from '../../../domain/letters/company-identity.ts';
import { formatMoney, money } from '../../../domain/money.ts';
import type { LetterInterestLine } from '../../../domain/notices/action-notice.ts';
import type { InvoiceLine } from '../rendered-email.ts';
import type { LetterVariables } from './letter-variables.ts';
import { LOGO_CONTENT_ID } from './logo-content-id.ts';

/** One ladder letter's data, before it is worded. */
export interface LetterData {
  readonly company: CompanyIdentity;
  readonly debtorName: string;
  /** The contact's name as imported; decides the greeting. */
  readonly contactName: string | null;
  readonly invoices: readonly InvoiceLine[];
  /** One link that pays the whole letter (null: none can be made). */
  readonly paymentLink: string | null;
  /** The collection costs the letter states (WIK), null when it states none. */
  readonly costsCents: number | null;
  /** The statutory interest the letter demands up to its date; null: none. */
  readonly interest?: LetterInterestLine | null;
  /** How many ladder letters went before this one (0 for the first reminder). */
  readonly earlierLetters: number;
  /** The letter's date, a plain day (YYYY-MM-DD). */
  readonly letterDate: string;
  /** true: worded for the printed letter (the PDF), which cannot be answered by replying. */
  readonly onPaper?: boolean;
  /** What an automatic answer or action notice confirms; absent for ladder letters. */
  readonly answer?: AnswerFacts;
}

/** The facts an answer states, as stored with the notice (never recomputed for the words). */
export interface AnswerFacts {
  readonly instalments?: readonly { readonly dueDate: string; readonly amountCents: number }[];
  readonly poNumber?: string | null;
  /** The address invoices go to from now on (contact_updated). */
  readonly newEmail?: string | null;
  readonly promisedDate?: string | null;
  /** A promise's amount, or the amount received (payment_received); null: not known. */
  readonly amountCents?: number | null;
  readonly pausedUntil?: string | null;
  /** false: no staff channel tells anyone, so an answer promises no contact. */
  readonly staffNotified?: boolean;
}

const LOCALES: Readonly<Record<string, string>> = { nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR', en: 'en-GB' };

/**
 * The variables a letter template sees, in the language the template is written in (amounts and
 * dates formatted, the greeting chosen). The subject is filled in once its own template rendered.
 */
export function buildLetterVariables({
  data,
  language,
}: {
  data: LetterData;
  language: string;
}): Omit<LetterVariables, 'subject'> {
  const eur = (cents: number) => formatMoney(money(cents), language);
  const numbers = data.invoices.map((invoice) => invoice.number);
  const { company } = data;
  const answer = data.answer ?? {};
  const day = (value: string | null | undefined) => (value ? formatLongDay(value, language) : null);
  return {
    greeting: chooseSalutation({ contactName: data.contactName, language }),
    letter_date: formatLongDay(data.letterDate, language),
    company: {
      legal_name: company.legalName,
      street: company.address?.street ?? null,
      postal_code: company.address?.postalCode ?? null,
      city: company.address?.city ?? null,
      country: company.address?.country ?? null,
      kvk: company.kvk,
      vat_number: company.vatNumber,
      // Printed in groups of four, as banks and invoices show it; the payment works either way.
      iban: company.iban ? company.iban.replace(/\s/gu, '').replace(/(.{4})(?=.)/gu, '$1 ') : null,
      bic: company.bic,
      phone: company.phone,
      email: company.email,
      // A logo file travels inside the mail (see logo-content-id.ts); a URL is fetched by the reader.
      logo_url: company.logo ? `cid:${LOGO_CONTENT_ID}` : company.logoUrl,
    },
    debtor: { name: data.debtorName, contact_name: data.contactName },
    invoices: data.invoices.map((invoice) => ({
      number: invoice.number,
      due_date: formatLongDay(invoice.dueDate, language),
      open: eur(invoice.openCents),
      pay_url: invoice.payUrl ?? null,
    })),
    invoice_numbers: numbers.join(', '),
    total: eur(data.invoices.reduce((sum, invoice) => sum + invoice.openCents, 0)),
    costs: data.costsCents === null ? null : eur(data.costsCents),
    interest: data.interest
      ? {
          amount: eur(data.interest.totalCents),
          rate: new Intl.NumberFormat(LOCALES[language] ?? 'en-GB', { maximumFractionDigits: 2 }).format(
            data.interest.basisPoints / 100,
          ),
          commercial: data.interest.kind === 'commercial',
          law: data.interest.kind === 'commercial' ? 'art. 6:119a BW' : 'art. 6:119 BW',
        }
      : null,
    payment_link: data.paymentLink,
    // The invoice numbers: what the bank import (domain/bank/find-invoice-numbers.ts) matches on.
    payment_reference: numbers.join(' '),
    earlier_letters: data.earlierLetters,
    on_paper: data.onPaper ?? false,
    instalments: (answer.instalments ?? []).map((part, index) => ({
      number: index + 1,
      due_date: formatLongDay(part.dueDate, language),
      amount: eur(part.amountCents),
    })),
    po_number: answer.poNumber ?? null,
    new_email: answer.newEmail ?? null,
    promised_date: day(answer.promisedDate),
    amount: answer.amountCents === null || answer.amountCents === undefined ? null : eur(answer.amountCents),
    paused_until: day(answer.pausedUntil),
    staff_notified: answer.staffNotified ?? true,
  };
}
