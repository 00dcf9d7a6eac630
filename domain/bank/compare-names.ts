const LEGAL_FORMS = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'ltd',
  'gmbh',
  'sarl',
  'bvba',
  'inc',
  'llc',
  'plc',
  'de',
  'the',
  'en',
  'and',
]);

function bigramsOf(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/gu, '$1')
    .replace(/\./gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 0 && !LEGAL_FORMS.has(word));
  const joined = words.join(' ');
  const grams: string[] = [];
  for (let i = 0; i < joined.length - 1; i++) grams.push(joined.slice(i, i + 2));
  return grams;
}

/**
 * How alike two company names are, 0 to 1 (Dice coefficient on letter pairs), ignoring case,
 * accents and legal forms: "ACME B.V." and "Acme" are 1. Only ever used to suggest.
 */
export function compareNames(a: string, b: string): number {
  const left = bigramsOf(a);
  const right = bigramsOf(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
