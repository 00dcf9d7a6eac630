/**
 * The vocabulary both mail renderers share (renderEmail and the approved-action mails of
 * renderActionEmail), kept apart so neither renderer imports the other for it.
 */
export type EmailLanguage = 'nl' | 'en' | 'fr' | 'de';

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
  /** Images the HTML shows by Content-ID (the logo file), sent as inline attachments. */
  readonly inline?: readonly {
    readonly filename: string;
    readonly contentType: string;
    readonly contentBase64: string;
    readonly contentId: string;
  }[];
  /**
   * The formal letter worded for paper (the PDF): the ways to reach us by post, phone and e-mail
   * instead of "reply to this e-mail". Absent for mails that have no printed letter.
   */
  readonly paperText?: string | null;
}
