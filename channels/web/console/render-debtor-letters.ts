import type { IsoDate } from '../../../domain/model/iso-date.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';

const STRINGS = {
  nl: {
    title: (name: string) => `Brieven aan ${name}`,
    intro:
      'Wat elke stap van de aanmaanladder vandaag zou sturen over deze factuur, in de taal van de debiteur en precies zoals de mailer het opstelt. Hier wordt niets verstuurd.',
    back: 'Terug naar de debiteur',
    invoice: 'Factuur',
    show: 'Toon',
    noInvoice: 'Deze debiteur heeft geen openstaande factuur: er is geen brief te sturen.',
    option: (number: string, open: string, due: string) => `${number} · ${open} open · vervallen ${due}`,
    subject: 'Onderwerp',
    language: 'Taal van de brief',
    template: 'Sjabloon',
    html: 'HTML-versie openen (afgeschermd, zonder scripts)',
    pdf: 'PDF van de brief op papier',
    text: (label: string) => `Tekst van ${label}`,
  },
  en: {
    title: (name: string) => `Letters to ${name}`,
    intro:
      "What each step of the dunning ladder would send today about this invoice, in the debtor's language and exactly as the mailer words it. Nothing is sent from here.",
    back: 'Back to the debtor',
    invoice: 'Invoice',
    show: 'Show',
    noInvoice: 'This debtor has no open invoice: there is no letter to send.',
    option: (number: string, open: string, due: string) => `${number} · ${open} open · due ${due}`,
    subject: 'Subject',
    language: 'Language of the letter',
    template: 'Template',
    html: 'Open the HTML version (sandboxed, no scripts)',
    pdf: 'PDF of the letter on paper',
    text: (label: string) => `Text of ${label}`,
  },
} as const;

/** One step's letter as the page shows it: data, escaped here. */
export interface LetterOnPage {
  readonly step: string;
  readonly label: string;
  readonly formal: boolean;
  readonly subject: string;
  readonly text: string;
  readonly language: string;
  /** The template's file name (no folder: the server's paths are not shown). */
  readonly template: string;
}

/**
 * /console/debtors/:id/letters: for one open invoice (a GET form picks it), every ladder step's
 * letter: subject, the plain-text part as text, a link to the HTML part (served on its own with a
 * sandbox policy) and, for a formal letter, to its PDF. Everything from the database and the
 * templates' output is escaped: the letter is shown, never interpreted.
 */
export function renderDebtorLetters({
  language,
  companyName,
  debtor,
  invoice,
  letters,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  debtor: {
    readonly id: string;
    readonly name: string;
    readonly invoices: readonly {
      readonly number: string;
      readonly openCents: number;
      readonly dueDate: IsoDate;
    }[];
  };
  invoice: { readonly number: string } | null;
  letters: readonly LetterOnPage[];
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const base = `/console/debtors/${e(debtor.id)}`;
  const picker =
    invoice === null
      ? `<p class="muted">${e(t.noInvoice)}</p>`
      : `<form method="get" action="${base}/letters" class="card inline-form letters-form"><label for="invoice">${e(t.invoice)}</label> <select id="invoice" name="invoice">${debtor.invoices
          .map(
            (candidate) =>
              `<option value="${e(candidate.number)}"${candidate.number === invoice.number ? ' selected' : ''}>${e(t.option(candidate.number, f.eur(candidate.openCents), f.day(candidate.dueDate)))}</option>`,
          )
          .join('')}</select> <button type="submit">${e(t.show)}</button></form>`;
  const query = invoice ? `?invoice=${encodeURIComponent(invoice.number)}` : '';
  const sections = letters
    .map((letter, index) => {
      const id = `step-${index + 1}`;
      const links = [
        `<a href="${base}/letters/${e(letter.step)}.html${e(query)}" target="_blank" rel="noopener">${e(t.html)}</a>`,
        ...(letter.formal
          ? [`<a href="${base}/letters/${e(letter.step)}.pdf${e(query)}">${e(t.pdf)}</a>`]
          : []),
      ];
      return renderConsoleSection(
        id,
        `${index + 1}. ${letter.label}`,
        `<dl class="facts"><dt>${e(t.subject)}</dt><dd>${e(letter.subject)}</dd><dt>${e(t.language)}</dt><dd>${e(letter.language)}</dd><dt>${e(t.template)}</dt><dd><code>${e(letter.template)}</code></dd></dl>
<pre class="letter" tabindex="0" aria-label="${e(t.text(letter.label))}" lang="${e(letter.language)}">${e(letter.text)}</pre>
<p>${links.join(' · ')}</p>`,
      );
    })
    .join('\n');
  const body = `<p><a href="${base}">${e(t.back)}</a></p>
<h1>${e(t.title(debtor.name))}</h1>
<p>${e(t.intro)}</p>
${picker}
${sections}`;
  return renderConsoleShell({
    language,
    title: t.title(debtor.name),
    companyName,
    body,
    path: `/console/debtors/${debtor.id}/letters${query}`,
    signedIn,
  });
}
