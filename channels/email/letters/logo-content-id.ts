/**
 * The Content-ID of the company logo (COMPANY_LOGO_FILE) attached inline to every mail that shows
 * it: `<img src="cid:...">` is what Gmail, Outlook and Apple Mail display; a data: URI is blocked
 * by Gmail and Outlook, and a remote URL waits for "show images".
 */
export const LOGO_CONTENT_ID = 'company-logo@collections';
