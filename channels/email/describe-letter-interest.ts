import { formatMoney, money } from '../../domain/money.ts';
import type { EmailLanguage } from './rendered-email.ts';

/** The interest data a letter carries (domain/law/compute-letter-interest.ts, stored with the notice). */
export interface LetterInterestLine {
  readonly kind: 'consumer' | 'commercial';
  /** Interest counted up to (not including) this day: the letter date. */
  readonly upTo: string;
  readonly totalCents: number;
  readonly basisPoints: number;
}

/**
 * The sentence that states the statutory interest a letter demands: the amount up to the letter
 * date and the yearly rate. Kept apart so the wording can move into a template unchanged.
 */
export function describeLetterInterest(
  interest: LetterInterestLine | null,
  language: EmailLanguage,
): string[] {
  if (!interest) return [];
  const nl = language === 'nl';
  const amount = formatMoney(money(interest.totalCents), language);
  const rate = new Intl.NumberFormat(nl ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(
    interest.basisPoints / 100,
  );
  const law = interest.kind === 'commercial' ? 'art. 6:119a BW' : 'art. 6:119 BW';
  return nl
    ? [
        `De ${interest.kind === 'commercial' ? 'wettelijke handelsrente' : 'wettelijke rente'} bedraagt tot de datum van deze brief ${amount} (${rate}% per jaar, ${law}) en loopt door tot de dag van betaling.`,
      ]
    : [
        `The ${interest.kind === 'commercial' ? 'statutory commercial interest' : 'statutory interest'} up to the date of this letter amounts to ${amount} (${rate}% a year, ${law}) and continues until the day of payment.`,
      ];
}
