/**
 * The vocabulary both mail renderers share (renderEmail and the approved-action mails of
 * renderActionEmail), kept apart so neither renderer imports the other for it.
 */
export type EmailLanguage = 'nl' | 'en';

export interface InvoiceLine {
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: string;
  /** The invoice's own payment page (/pay/<token>), shown under its line. */
  readonly payUrl?: string | null;
}

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  /** The HTML part (ladder letters, from their templates); the text part is made from it. */
  readonly html?: string | null;
}
