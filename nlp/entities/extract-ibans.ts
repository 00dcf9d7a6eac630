import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** Two letters, two check digits, then 11-30 characters, optionally grouped by four with spaces. */
const CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b/giu;

/** IBANs in the text that pass the ISO 13616 checksum, in electronic format (no spaces). */
export function extractIbans(text: string): string[] {
  // Check digits are digits: without one there is nothing to scan for.
  if (!/\d/.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    const iban = electronicFormatIBAN(match[0].toUpperCase());
    if (iban && isValidIBAN(iban)) found.add(iban);
  }
  return [...found];
}
