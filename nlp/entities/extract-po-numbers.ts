/** "PO 4500012345", "PO-nummer: 4500-1234", "inkoopordernummer 78123", "purchase order #PO778". */
const PO =
  /(?:\bP\.?O\.?(?:[-\s]?(?:nummer|nr|number|no|num))?|\binkoop(?:order)?(?:nummer|nr)?|\binkooporder|\bbestel(?:bon)?(?:nummer|nr)|\bordernummer|\bpurchase\s+order(?:\s+(?:number|no|nr))?|\border\s+(?:number|no)|\bbestellnummer|\bbestellung|\bbon\s+de\s+commande)\.?\s*(?:is\s+|was\s+|:|#|nr\.?\s*|no\.?\s*)*\s*(?<token>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,24}[A-Z0-9])\b/giu;

/** Purchase-order numbers named in the text, upper-cased, without duplicates. */
export function extractPoNumbers(text: string): string[] {
  // Every PO number has a digit; most replies have none, and this pattern is slow to fail.
  if (!/\d/.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(PO)) {
    const token = match.groups?.token?.toUpperCase();
    if (token) found.add(token);
  }
  return [...found];
}
