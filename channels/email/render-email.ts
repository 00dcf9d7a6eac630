import type { LetterInterestLine } from '../../domain/notices/action-notice.ts';
import type { InvoiceLine } from './rendered-email.ts';

interface Common {
  readonly companyName: string;
  readonly debtorName: string;
  /** The contact's name as imported: every mail greets by it (never by the company's name). */
  readonly contactName?: string | null;
  readonly invoices: readonly InvoiceLine[];
}

/** Mails that carry out a proposal a person approved in Slack (see bot/actions). */
export type ActionEmailContent =
  | (Common & {
      readonly template: 'dunning_letter';
      /** The step's code and place (which template words it). */
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
  | (Common & { readonly template: 'invoice_reissued'; readonly poNumber: string })
  | (Common & { readonly template: 'contact_updated'; readonly email: string })
  | (Common & {
      readonly template: 'promise_confirmation';
      readonly promisedDate: string;
      readonly amountCents: number | null;
    })
  | (Common & { readonly template: 'payment_reference_request' })
  | (Common & { readonly template: 'invoice_copy'; readonly paymentLink: string | null })
  | (Common & { readonly template: 'payment_received'; readonly amountCents: number | null });

/** What the ladder letters add: worded from their template files (channels/email/letters). */
export interface LadderLetterFields {
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

/** The ladder letters (templates named by step); every other mail is an answer named by its template. */
export type LadderLetterContent = Extract<EmailContent, { template: 'reminder' | 'dunning_letter' }>;
export type AnswerEmailContent = Exclude<EmailContent, LadderLetterContent>;

/** The answers and action notices, each worded by the template file of its name. */
export type AnswerTemplate = AnswerEmailContent['template'];

/**
 * The automatic answers and action notices, one template each (named as the mail's template):
 * what renderEmailContent words every mail other than a ladder letter with.
 */
export const ANSWER_TEMPLATE_NAMES = [
  'payment_plan_confirmation',
  'po_request',
  'dispute_acknowledgement',
  'payment_link',
  'invoice_reissued',
  'contact_updated',
  'promise_confirmation',
  'payment_reference_request',
  'invoice_copy',
  'payment_received',
] as const satisfies readonly AnswerTemplate[];
type UnlistedAnswer = Exclude<AnswerTemplate, (typeof ANSWER_TEMPLATE_NAMES)[number]>;
const everyAnswerListed: [UnlistedAnswer] extends [never] ? true : UnlistedAnswer = true;
void everyAnswerListed;

/**
 * The types of every automated mail a debtor receives; each is worded by its template file,
 * channels/email/templates/<lang>/<template>.mjml.liquid (renderEmailContent).
 *
 * Every automated mail a debtor can receive, listed at run time (tests iterate it: each template
 * has to show the state its words claim). Adding a template to EmailContent without listing it
 * here does not compile.
 */
export const EMAIL_TEMPLATES = [
  'reminder',
  'dunning_letter',
  ...ANSWER_TEMPLATE_NAMES,
] as const satisfies readonly EmailTemplate[];
type Unlisted = Exclude<EmailTemplate, (typeof EMAIL_TEMPLATES)[number]>;
const everyTemplateListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTemplateListed;
