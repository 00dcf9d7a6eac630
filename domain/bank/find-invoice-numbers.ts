import type { OpenInvoice, OpenInvoiceIndex } from './index-open-invoices.ts';

/** Up to this many words joined: "F 2026 0001" is three. */
const MAX_PARTS = 4;

/**
 * The invoices a remittance text names, in the order it names them, tolerant of spaces, dashes,
 * dots and case between the parts of a number ("f-2026 0001" names F2026-0001). The text is cut
 * into words; runs of neighbouring words are looked up whole, longest first, and a word is used
 * once: "2026 0001" inside "F 2026 0001" does not name invoice 20260001 as well. Never part of a
 * word: invoice 1001 is not in "21001".
 */
export function findInvoiceNumbers({
  text,
  index,
}: {
  text: string;
  index: Pick<OpenInvoiceIndex, 'byNumber' | 'numberLengths'>;
}): OpenInvoice[] {
  const words = text
    .toUpperCase()
    .split(/[^0-9A-Z]+/u)
    .filter((word) => word.length > 0);
  const hits: { start: number; end: number; invoice: OpenInvoice }[] = [];
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let end = start; end < Math.min(words.length, start + MAX_PARTS); end++) {
      joined += words[end];
      if (!index.numberLengths.has(joined.length)) continue;
      const invoice = index.byNumber.get(joined);
      if (invoice) hits.push({ start, end, invoice });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Set<number>();
  const found: { start: number; invoice: OpenInvoice }[] = [];
  for (const hit of hits) {
    let free = true;
    for (let i = hit.start; i <= hit.end; i++) if (used.has(i)) free = false;
    if (!free) continue;
    for (let i = hit.start; i <= hit.end; i++) used.add(i);
    if (!found.some((f) => f.invoice.id === hit.invoice.id))
      found.push({ start: hit.start, invoice: hit.invoice });
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.invoice);
}
