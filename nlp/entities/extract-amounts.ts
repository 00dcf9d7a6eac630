import type { AmountEntity } from '../../domain/messages/understanding.ts';
import { parseEuroAmount } from './parse-euro-amount.ts';

const NUMBER = String.raw`\d{1,3}(?:[.,\s\u00a0]\d{3})+(?:[.,](?:\d{1,2}|-{1,2}))?|\d+(?:[.,](?:\d{1,2}|-{1,2}))?`;
const BEFORE = String.raw`(?:€|\beur(?:o's|os|o)?(?!\p{L}))\s?`;
const AFTER = String.raw`\s?(?:€|eur(?:o's|os|o)?(?!\p{L}))`;

/** Currency first ("€ 1.250,00", "EUR 1,250.00") or after ("250 euro", "1250,- EUR"). */
export const AMOUNT_PATTERN = new RegExp(
  String.raw`${BEFORE}(${NUMBER})(?![\d])|(?<![\w.,])(${NUMBER})${AFTER}`,
  'giu',
);

/** Euro amounts written in the text, as integer cents, in the order they appear. */
export function extractAmounts(text: string): AmountEntity[] {
  if (!/€|eur/iu.test(text)) return [];
  const amounts: AmountEntity[] = [];
  for (const match of text.matchAll(AMOUNT_PATTERN)) {
    const written = (match[1] ?? match[2] ?? '').trim();
    const cents = parseEuroAmount(written);
    if (cents !== null) amounts.push({ cents, currency: 'EUR', text: match[0].trim() });
  }
  return amounts;
}
