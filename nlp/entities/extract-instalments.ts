import type { InstalmentEntity } from '../../domain/messages/understanding.ts';
import { parseEuroAmount } from './parse-euro-amount.ts';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  zwei: 2,
  drei: 3,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
};
const COUNT = String.raw`(?<count>\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const MONTHLY = '(?:maandelijkse|maandelijks|monthly|monatliche|monatlichen|mensuelles?)';
const WEEKLY = '(?:wekelijkse|wekelijks|weekly|wöchentliche|wöchentlichen|hebdomadaires?)';
/** Words that name instalments on their own; "keer" or "delen" only count after "in" ("in 2 keer"). */
const PARTS = String.raw`(?:termijnen|instal(?:l)?ments|(?:monthly\s+|weekly\s+)?payments|maandbedragen|raten|teilzahlungen|monatsraten|mensualités|versements|échéances)`;
const PARTS_AFTER_IN = '(?:delen|keer|betalingen|maanden|parts|months|goes|teilen|mal|fois)';

/** "in 3 termijnen", "3 maandelijkse termijnen", "in two instalments", "in 6 Raten", "in 2 keer". */
const COUNTED = new RegExp(
  String.raw`\b(?:(?:in|en)\s+)?${COUNT}\s+(?:(?<monthly>${MONTHLY})\s+|(?<weekly>${WEEKLY})\s+)?${PARTS}\b|\bin\s+${COUNT.replace('<count>', '<countIn>')}\s+(?:(?<monthlyIn>${MONTHLY})\s+|(?<weeklyIn>${WEEKLY})\s+)?${PARTS_AFTER_IN}\b`,
  'giu',
);
const AMOUNT = String.raw`(?:€\s?|eur(?:o)?\s?)?(?<amount>\d{1,3}(?:[.,]\d{3})*(?:[.,](?:\d{1,2}|-{1,2}))?|\d+(?:[.,](?:\d{1,2}|-{1,2}))?)(?:\s?(?:€|euro?s?))?`;
const PER_MONTH = String.raw`(?:per\s+maand|p\/?m\b|p\.m\.|per\s+mnd|\/\s?(?:maand|mnd|month|mo)\b|per\s+month|a\s+month|each\s+month|every\s+month|pro\s+monat|im\s+monat|par\s+mois)`;
const PER_WEEK = String.raw`(?:per\s+week|p\/?w\b|\/\s?week\b|a\s+week|each\s+week|every\s+week|pro\s+woche|par\s+semaine)`;

/** "250 euro per maand", "€100 a week", "EUR 150,- p/m". */
const PER_PERIOD = new RegExp(String.raw`${AMOUNT}\s*(?:(?<month>${PER_MONTH})|(?<week>${PER_WEEK}))`, 'giu');
/** "termijnen van € 250": the amount of each part of a counted plan. */
const EACH = new RegExp(String.raw`^\s*(?:van|of|à|a|zu|de)\s+${AMOUNT}`, 'iu');

const countOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Proposed instalment plans: how many parts, how much each, how often, where known. */
export function extractInstalments(text: string): InstalmentEntity[] {
  const found: (InstalmentEntity & { index: number; end: number })[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const groups = match.groups ?? {};
    const count = countOf(groups.count ?? groups.countIn ?? '');
    if (!Number.isInteger(count) || count < 2 || count > 60) continue;
    const end = match.index + match[0].length;
    const each = EACH.exec(text.slice(end, end + 40));
    const amountCents = each?.groups?.amount ? parseEuroAmount(each.groups.amount) : null;
    const isMonths = /maanden|months/iu.test(match[0]);
    found.push({
      count,
      amountCents,
      period:
        groups.monthly || groups.monthlyIn || /monthly/iu.test(match[0]) || isMonths
          ? 'month'
          : groups.weekly || groups.weeklyIn || /weekly/iu.test(match[0])
            ? 'week'
            : null,
      text: (match[0] + (each?.[0] ?? '')).trim(),
      index: match.index,
      end: end + (each?.[0].length ?? 0),
    });
  }
  for (const match of text.matchAll(PER_PERIOD)) {
    const amountCents = parseEuroAmount(match.groups?.amount ?? '');
    if (amountCents === null || amountCents === 0) continue;
    const period = match.groups?.month ? 'month' : 'week';
    const end = match.index + match[0].length;
    // "3 termijnen van 250 euro per maand" is one plan, not two.
    const same = found.find((plan) => match.index < plan.end + 40 && end > plan.index - 40);
    if (same) {
      const merged = { ...same, amountCents: same.amountCents ?? amountCents, period: same.period ?? period };
      found[found.indexOf(same)] = merged;
      continue;
    }
    found.push({ count: null, amountCents, period, text: match[0].trim(), index: match.index, end });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ count, amountCents, period, text: written }) => ({ count, amountCents, period, text: written }));
}
