/**
 * Whether a ladder step's letter waits for a person, as the policy file says it: "always",
 * "never" or "above <euros>" ("above 250", "above 1250,50", "above €250"). Without it, as before
 * the setting existed: the first step on the debtor's ladder goes out by itself, every later one
 * and any hand-over waits (see domain/dunning/decide-letter-approval.ts).
 */
export type StepApproval =
  | { readonly kind: 'always' }
  | { readonly kind: 'never' }
  /** A person approves a letter whose invoices total more than this (exactly this goes out). */
  | { readonly kind: 'above'; readonly cents: number };

export type StepApprovalResult =
  | { readonly ok: true; readonly approval: StepApproval }
  | { readonly ok: false; readonly problem: string };

const FORMS = 'write "always", "never" or "above <amount in euros>", like "above 250" or "above 1250,50"';
// Euros, an optional € or EUR, and at most two decimals after a comma or a point. Three digits
// after the separator is a thousands separator ("1.250"), which reads differently in Dutch and
// English: refused rather than guessed.
const ABOVE = /^above\s+(?:€\s*|eur\s+)?(\d{1,9})(?:[.,](\d{1,2}))?$/u;
const THOUSANDS = /^above\s+(?:€\s*|eur\s+)?\d{1,3}([.,]\d{3})+([.,]\d{1,2})?$/u;

/** Reads the text of a step's `approval` field; the problem names the accepted forms. */
export function parseStepApproval(text: string): StepApprovalResult {
  const value = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (value === 'always' || value === 'never') return { ok: true, approval: { kind: value } };
  const above = ABOVE.exec(value);
  if (above) {
    const cents = Number(above[1]) * 100 + Number((above[2] ?? '0').padEnd(2, '0'));
    return { ok: true, approval: { kind: 'above', cents } };
  }
  if (THOUSANDS.test(value)) {
    return {
      ok: false,
      problem: `"${text}" has a thousands separator; write the amount without one, like "above 1250" or "above 1250,50"`,
    };
  }
  return { ok: false, problem: `"${text}" is not an approval rule; ${FORMS}` };
}
