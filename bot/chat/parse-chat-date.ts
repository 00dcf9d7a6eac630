import { isIsoDate } from '../../domain/model/iso-date.ts';
import { extractDates } from '../../nlp/entities/extract-dates.ts';

/**
 * A calendar day the debtor typed: "15-12-2026", "15/12", "2026-12-15", or words the entity
 * extractor understands ("15 december", "volgende vrijdag"). Day-month order, as in NL and the UK.
 * Null when no single date can be read.
 */
export function parseChatDate(
  text: string,
  { today, language }: { today: string; language: string },
): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(trimmed)) return isIsoDate(trimmed) ? trimmed : null;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/u.exec(trimmed);
  if (numeric) {
    const [, d, m, y] = numeric;
    const thisYear = Number(today.slice(0, 4));
    const year = y === undefined ? thisYear : y.length === 2 ? 2000 + Number(y) : Number(y);
    const iso = `${year}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    if (!isIsoDate(iso)) return null;
    // "15-01" typed in December means next January.
    return y === undefined && iso < today ? `${year + 1}${iso.slice(4)}` : iso;
  }
  const found = extractDates(trimmed, {
    receivedAt: new Date(`${today}T12:00:00Z`),
    language: language === 'nl' ? 'nl' : 'en',
  });
  const distinct = [...new Set(found.map((entity) => entity.date))];
  return distinct.length === 1 ? distinct[0]! : null;
}
