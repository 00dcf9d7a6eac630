export type Split = 'train' | 'calibration' | 'test';

/**
 * Assigns whole phrasing families to splits, stratified per (language, reason): the families of
 * one reason are ordered by a hash of their id, then every fifth goes to test and every tenth
 * (offset 2) to calibration. Hash order (not list order) keeps the choice independent of the order
 * we wrote them in; stratifying guarantees every reason has held-out families.
 */
export function splitFamilies(familyIds: readonly string[]): Map<string, Split> {
  const ordered = [...familyIds].sort((a, b) => hash(a) - hash(b));
  const splits = new Map<string, Split>();
  ordered.forEach((id, position) => {
    splits.set(id, position % 5 === 0 ? 'test' : position % 10 === 2 ? 'calibration' : 'train');
  });
  return splits;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
