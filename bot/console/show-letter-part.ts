import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { showLogoInBrowser } from '../../channels/email/letters/show-logo-in-browser.ts';
import { loadDebtorAddress } from '../../prisma/letters/load-debtor-address.ts';
import { drawLadderLetterPdf } from '../letters/draw-ladder-letter-pdf.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { wordDebtorLetters } from './word-debtor-letters.ts';

// The letter's HTML is the templates' output around debtor data: shown in a sandbox (an opaque
// origin, no script, no form, no plugin), with only its own inline styles and embedded images.
const LETTER_HTML_CSP =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/**
 * GET /console/debtors/:id/letters/:step.html|.pdf[?invoice=NUMBER]: one step's letter as the
 * mail's HTML part (inline, sandboxed) or, for a formal letter, its PDF as it would be attached
 * (drawLadderLetterPdf, as the run draws it). 404 for an unknown debtor, invoice or step, and for
 * the PDF of a letter that has none.
 */
export async function showLetterPart(
  deps: ConsoleDeps,
  exchange: Exchange,
  {
    debtorId,
    invoiceNumber,
    step,
    format,
  }: { debtorId: string; invoiceNumber: string | null; step: string; format: 'html' | 'pdf' },
  notFound: () => void,
): Promise<void> {
  const worded = await wordDebtorLetters({ deps, debtorId, invoiceNumber, step });
  const found = worded?.letters[0];
  if (!worded?.invoice || !found || (format === 'pdf' && !found.formal)) return notFound();
  const { letter } = found;
  const filename = `${letter.step}-${worded.invoice.number}.${format}`;
  const settings = deps.letters().deps.letters ?? letterSettingsFor(deps.companyName);
  if (format === 'html') {
    exchange.download({
      filename,
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from(showLogoInBrowser(letter.html, settings.company.logo)),
      inline: { csp: LETTER_HTML_CSP },
    });
    return;
  }
  const pdf = await drawLadderLetterPdf({
    identity: settings.company,
    debtorName: worded.debtor.name,
    address: await loadDebtorAddress({ prisma: deps.db.prisma, debtorId }),
    today: worded.today,
    rendered: letter,
    invoices: [worded.invoice],
    language: letter.language,
  });
  exchange.download({ filename, contentType: 'application/pdf', body: Buffer.from(pdf) });
}
