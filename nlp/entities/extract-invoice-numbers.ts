/** A reference token: letters, digits, dashes and slashes, with at least one digit. */
const TOKEN = String.raw`(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{1,24}[A-Z0-9]`;

/** "factuur 2026-118", "factuurnummer: 12345", "invoice no. INV-2026-0042", "Rechnung Nr. 77". */
const LABELLED = new RegExp(
  String.raw`\b(?:factuur(?:nummer|nr)?|facturen|factuurnr|fact|invoices?|invoice\s+(?:number|no|nr)|inv|rechnung(?:snummer)?|rechnungen|facture|factures|nota)\b\.?\s*(?:(?:nr|no|nummer|number|num|n°|#)\.?\s*)?[:#]?\s*(?<first>${TOKEN})(?<more>(?:\s*(?:,|&|\ben\b|\band\b|\bund\b|\bet\b)\s*${TOKEN})*)`,
  'giu',
);
/** Self-describing numbers such as "INV-2026-0042" or "FAC2025/118" anywhere in the text. */
const PREFIXED = /\b(?:INV|FAC|FACT|FCT|INVOICE|FACTUUR)[-_/]?\d[\d/-]{2,20}\d\b/giu;
const CONTINUATION = new RegExp(TOKEN, 'giu');

function isLikelyNotAnInvoice(token: string): boolean {
  // Dates ("25-11", "2025-11-14") and years alone are not invoice numbers.
  return /^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/u.test(token) || /^(?:19|20)\d\d-\d\d-\d\d$/u.test(token);
}

/** Invoice numbers mentioned in the text, upper-cased, first mention first, without duplicates. */
export function extractInvoiceNumbers(text: string): string[] {
  // Both patterns need a digit: without one there is nothing to scan for.
  if (!/\d/.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(LABELLED)) {
    const tokens = [match.groups?.first ?? '', ...(match.groups?.more ?? '').matchAll(CONTINUATION)].map(
      (token) => (typeof token === 'string' ? token : token[0]).toUpperCase(),
    );
    for (const token of tokens) if (token && !isLikelyNotAnInvoice(token)) found.add(token);
  }
  for (const match of text.matchAll(PREFIXED)) found.add(match[0].toUpperCase());
  return [...found];
}
