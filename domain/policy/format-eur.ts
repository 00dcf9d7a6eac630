import { formatMoney, money } from '../money.ts';

/** Euros for rationales and reasons, in English like the rest of the staff-facing text: "€1,250.50". */
export function formatEur(cents: number): string {
  return formatMoney(money(cents), 'en');
}
