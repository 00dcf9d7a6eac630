/**
 * What every letter template can use (documented for companies in ../templates/VARIABLES.md; a
 * test keeps the two equal). Amounts and dates arrive formatted for the letter's language: a
 * template never formats money itself, so it cannot print raw cents.
 */
export interface LetterVariables {
  readonly subject: string;
  readonly greeting: string;
  readonly letter_date: string;
  readonly company: {
    readonly legal_name: string;
    readonly street: string | null;
    readonly postal_code: string | null;
    readonly city: string | null;
    readonly country: string | null;
    readonly kvk: string | null;
    readonly vat_number: string | null;
    readonly iban: string | null;
    readonly bic: string | null;
    readonly phone: string | null;
    readonly email: string | null;
    readonly logo_url: string | null;
  };
  readonly debtor: { readonly name: string; readonly contact_name: string | null };
  readonly invoices: readonly {
    readonly number: string;
    readonly due_date: string;
    readonly open: string;
    readonly pay_url: string | null;
  }[];
  readonly invoice_numbers: string;
  readonly total: string;
  readonly costs: string | null;
  /** The statutory interest the letter demands up to its date (notice of default); null: none. */
  readonly interest: {
    readonly amount: string;
    readonly rate: string;
    readonly commercial: boolean;
    readonly law: string;
  } | null;
  readonly payment_link: string | null;
  readonly payment_reference: string;
  readonly earlier_letters: number;
  /** true in the printed letter (PDF): no "reply to this e-mail", the ways to reach us instead. */
  readonly on_paper: boolean;
  /** A payment plan's instalments (payment_plan_confirmation); empty otherwise. */
  readonly instalments: readonly {
    readonly number: number;
    readonly due_date: string;
    readonly amount: string;
  }[];
  readonly po_number: string | null;
  readonly new_email: string | null;
  readonly promised_date: string | null;
  /** A promise's amount, or the amount received (payment_received); null: not known. */
  readonly amount: string | null;
  readonly paused_until: string | null;
  readonly staff_notified: boolean;
}
