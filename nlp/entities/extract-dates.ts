import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { Language } from '../../domain/reasons.ts';
import type { DateEntity } from '../understanding.ts';
import { extractPeriodDates, type FoundDate } from './extract-period-dates.ts';

const ZONE = 'Europe/Amsterdam';

/**
 * Chrono costs ~0.03-0.05 ms per call even when it finds nothing; most replies hold no date at all.
 * This cheap test lets only text with a digit or a date word through.
 */
const DATE_HINT =
  /\d|\b(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|mi|fr|sa|so)[a-zé]*|morgen|vandaag|gisteren|today|tomorrow|yesterday|heute|gestern|demain|hier|aujourd|week|weken|woche|semaine|maand|month|monat|mois|dag|day|tag|jour|eind|end|ende|fin\b|begin|start|anfang|jan|feb|mrt|maa|mär|apr|avr|mei|may|mai|jun|jui|jul|aug|ao|sep|okt|oct|nov|dec|dez|déc/iu;

const CHRONO_BY_LANGUAGE: Readonly<Record<Language, readonly chrono.Chrono[]>> = {
  nl: [chrono.nl.casual],
  en: [chrono.en.GB],
  de: [chrono.de.casual],
  fr: [chrono.fr.casual],
  other: [chrono.nl.casual, chrono.en.GB],
};

/** A bare weekday ("vrijdag", "on Friday") without "next", "last", "deze" and the like. */
const BARE_WEEKDAY = /^(?:(?:op|on|am|le|a\.?s\.?|aanstaande)\s+)?[\p{L}]+\.?$/iu;
/** Said about the past: "vrijdag betaald", "paid on Monday". */
const PAST_CONTEXT =
  /\b(?:betaald|overgemaakt|voldaan|gestort|verstuurd|gedaan|paid|transferred|sent|settled|bezahlt|überwiesen|payé|réglé|viré)\b/iu;

const TIME_OR_NUMBER = /^(?:(?:om|at|um|à)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:uur|u|h|am|pm|uhr)?$/iu;

function overlaps(found: readonly FoundDate[], index: number, end: number): boolean {
  return found.some((other) => index < other.end && end > other.index);
}

function sentenceAround(text: string, index: number, end: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(start, stops.length > 0 ? Math.min(...stops) : text.length);
}

function fromChrono(text: string, today: DateTime, language: Language, found: FoundDate[]): void {
  // Chrono reads the reference in the process time zone: give it Amsterdam's wall clock.
  const reference = new Date(today.year, today.month - 1, today.day, 12, 0, 0);
  for (const parser of CHRONO_BY_LANGUAGE[language]) {
    for (const result of parser.parse(text, reference)) {
      const start = result.start;
      const end = result.index + result.text.length;
      if (overlaps(found, result.index, end)) continue;
      // "om 10:00" or a lone number is no date.
      if (TIME_OR_NUMBER.test(result.text.trim())) continue;
      let date: DateTime = DateTime.fromObject(
        { year: start.get('year') ?? today.year, month: start.get('month') ?? 1, day: start.get('day') ?? 1 },
        { zone: ZONE },
      );
      const weekday = start.get('weekday');
      if (
        start.isCertain('weekday') &&
        !start.isCertain('day') &&
        weekday !== null &&
        BARE_WEEKDAY.test(result.text.trim())
      ) {
        // "We betalen vrijdag" is the coming Friday; "vrijdag betaald" the one that passed.
        const isoWeekday = weekday === 0 ? 7 : weekday;
        const past = PAST_CONTEXT.test(sentenceAround(text, result.index, end));
        const delta = past
          ? -((today.weekday - isoWeekday + 7) % 7 || 7)
          : (isoWeekday - today.weekday + 7) % 7 || 7;
        date = today.plus({ days: delta });
      }
      const iso = date.toISODate();
      if (iso) found.push({ index: result.index, end, date: iso, text: result.text });
    }
  }
}

/**
 * Dates in a message, resolved against when it was received, as calendar days in Europe/Amsterdam.
 * Our own rules handle what chrono does not ("eind volgende week", "de 25e", "25-11"); chrono
 * handles the rest in the message's language (Dutch and English when the language is unknown).
 */
export function extractDates(
  text: string,
  options: { receivedAt?: Date; language?: Language } = {},
): DateEntity[] {
  if (!DATE_HINT.test(text)) return [];
  const today = DateTime.fromJSDate(options.receivedAt ?? new Date(), { zone: ZONE }).startOf('day');
  const found = extractPeriodDates(text, today);
  fromChrono(text, today, options.language ?? 'other', found);
  found.sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const dates: DateEntity[] = [];
  for (const { date, text: written } of found) {
    const key = `${date}|${written.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dates.push({ date, text: written.trim() });
  }
  return dates;
}
