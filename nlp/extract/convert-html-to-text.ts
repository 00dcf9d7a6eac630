import { compile } from 'html-to-text';

/**
 * HTML mail to plain text for reply extraction. Compiled once: compiling the selector tree costs
 * far more than converting one message. Gmail's and Thunderbird's quote containers are skipped
 * outright (they hold only history); other blockquotes become "> " lines so the line rules see
 * them; links keep their text only, images vanish.
 */
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'div.gmail_quote', format: 'skip' },
    { selector: 'div.moz-cite-prefix', format: 'skip' },
    { selector: 'blockquote[type=cite]', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

export function convertHtmlToText(html: string): string {
  return toText(html);
}
