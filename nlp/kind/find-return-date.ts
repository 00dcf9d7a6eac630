import { DateTime } from 'luxon';
import { extractDates } from '../entities/extract-dates.ts';
import { detectLanguage } from '../language/detect-language.ts';

const RETURN_WORDS =
  /\b(?:back|return(?:ing)?|terug|weer\s+(?:aanwezig|op\s+kantoor|bereikbaar|beschikbaar)|wieder|zurück|de\s+retour|retour)\b/iu;
/** "afwezig t/m 28 november": the last day away, so the person is back the day after. */
const LAST_DAY_AWAY = /\b(?:t\/m|tot\s+en\s+met|through|thru|inclusive|einschließlich|inclus)\b/iu;
const UNTIL = /\b(?:until|till|tot|bis|jusqu'?(?:au|à))\b/iu;

/**
 * The day an out-of-office says the person is back (YYYY-MM-DD), or undefined. Prefers the
 * sentence that speaks of returning; otherwise an absence "until" a day.
 */
export function findReturnDate(text: string, receivedAt: Date | undefined): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/u).filter((sentence) => /\d|\p{L}{3,}/u.test(sentence));
  const language = detectLanguage(text);
  const latest = (sentence: string): string | undefined =>
    extractDates(sentence, { receivedAt, language })
      .map((entity) => entity.date)
      .sort()
      .at(-1);
  for (const sentence of sentences) {
    if (!RETURN_WORDS.test(sentence)) continue;
    const date = latest(sentence);
    if (date) return date;
  }
  for (const sentence of sentences) {
    if (!UNTIL.test(sentence) && !LAST_DAY_AWAY.test(sentence)) continue;
    const date = latest(sentence);
    if (!date) continue;
    if (!LAST_DAY_AWAY.test(sentence)) return date;
    return DateTime.fromISO(date).plus({ days: 1 }).toISODate() ?? date;
  }
  return undefined;
}
