/**
 * An invoice number or payment reference as people type it back to us: case, spaces, dashes,
 * dots and slashes do not count ("f 2026-0001" is "F20260001").
 */
export function normalizeReference(text: string): string {
  return text.toUpperCase().replace(/[^0-9A-Z]/gu, '');
}
