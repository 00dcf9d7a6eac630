import { DateTime } from 'luxon';
import type { Language } from '../../domain/reasons.ts';
import { AMSTERDAM } from '../entities/amsterdam-zone.ts';
import { extractDates } from '../entities/extract-dates.ts';
import { detectLanguage } from '../language/detect-language.ts';

const RETURN_WORDS =
  /\b(?:back|return(?:ing)?|terug|(?:er\s+)?weer\s+(?:aanwezig|op\s+kantoor|bereikbaar|beschikbaar|op)|wieder|zurück|de\s+retour|retour)\b/iu;
/** "afwezig t/m 28 november": the last day away, so the person is back the day after. */
const LAST_DAY_AWAY = /\b(?:t\/m|tot\s+en\s+met|through|thru|inclusive|einschließlich|inclus)\b/iu;
const UNTIL = /\b(?:until|till|tot|bis|jusqu'?(?:au|à))\b/iu;
/** A written year ("1 april 2026", "01-04-26") is taken as written, even if it has passed. */
const WRITTEN_YEAR = /\b20\d\d\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b/u;

/**
 * The day an out-of-office says the person is back (YYYY-MM-DD), or undefined. Prefers the
 * sentence that speaks of returning; otherwise an absence "until" a day. A return lies ahead: a
 * day-month without a year is the first such day on or after the day the message was sent
 * (Europe/Amsterdam), or today when we do not know when it was sent. (General date extraction
 * picks the closest year instead, which for "terug op 1 april" sent in September is last April.)
 */
export function findReturnDate(text: string, receivedAt: Date | undefined): string | undefined {
  const reference = receivedAt ?? new Date();
  const today = DateTime.fromJSDate(reference, { zone: AMSTERDAM }).startOf('day');
  const sentences = text.split(/(?<=[.!?])\s+|\n+/u).filter((sentence) => /\d|\p{L}{3,}/u.test(sentence));
  // Short out-of-office lines fool language detection ("Back 1 april" reads as French), so fall
  // back to the Dutch and English date parsers when the detected language finds no date.
  const detected = detectLanguage(text);
  const languages: Language[] = detected === 'other' ? ['other'] : [detected, 'other'];
  const latest = (sentence: string): DateTime | undefined => {
    for (const language of languages) {
      const date = extractDates(sentence, { receivedAt: reference, language })
        .map((entity) => entity.date)
        .sort()
        .at(-1);
      if (date) return DateTime.fromISO(date, { zone: AMSTERDAM });
    }
    return undefined;
  };
  const ahead = (date: DateTime, sentence: string): string | undefined => {
    const future = date < today && !WRITTEN_YEAR.test(sentence) ? date.plus({ years: 1 }) : date;
    return future.toISODate() ?? undefined;
  };
  for (const sentence of sentences) {
    if (!RETURN_WORDS.test(sentence)) continue;
    const date = latest(sentence);
    if (date) return ahead(date, sentence);
  }
  for (const sentence of sentences) {
    if (!UNTIL.test(sentence) && !LAST_DAY_AWAY.test(sentence)) continue;
    const date = latest(sentence);
    if (!date) continue;
    return ahead(LAST_DAY_AWAY.test(sentence) ? date.plus({ days: 1 }) : date, sentence);
  }
  return undefined;
}
