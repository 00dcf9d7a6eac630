import type { Chrono } from 'chrono-node';
// The four locales we read, not chrono-node's index: that loads all sixteen (266 modules, three
// times the start-up cost of these).
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';
import { DateTime } from 'luxon';
import type { DateEntity } from '../../domain/messages/understanding.ts';
import type { Language } from '../../domain/reasons.ts';
import { AMSTERDAM } from './amsterdam-zone.ts';
import { extractPeriodDates, type FoundDate } from './extract-period-dates.ts';
import { shortenLongRuns } from './shorten-long-runs.ts';

/**
 * Chrono costs ~0.03-0.05 ms per call even when it finds nothing, and most replies hold no date
 * it could read. It only runs when the text names a weekday, a month, a relative day or period,
 * or has a "12/05" style date; numeric and period dates are our own rules. No 'u' flag: V8 runs
 * large case-insensitive alternations much faster without it.
 */
const MONTH_WORDS =
  'jan|januari|january|januar|janvier|feb|februari|february|februar|février|mrt|maart|march|mar|märz|mars|apr|april|avril|mei|may|mai|jun|juni|june|juin|jul|juli|july|juillet|aug|augustus|august|août|sep|sept|september|septembre|okt|oct|oktober|october|octobre|nov|november|novembre|dec|december|dez|dezember|décembre';
const CHRONO_HINT = new RegExp(
  [
    String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b`,
    String.raw`\b(?:${MONTH_WORDS})\b`,
    String.raw`\b(?:vandaag|morgen|overmorgen|gisteren|eergisteren|today|tomorrow|tonight|yesterday|heute|übermorgen|gestern|demain|hier|aujourd|week|weken|weeks|woche|wochen|semaines?|dagen|days|tagen?|jours|maanden|months|monaten?|mois)\b`,
    String.raw`\b\d{1,2}\/\d{1,2}\b`,
  ].join('|'),
  'i',
);
/** Our own rules need a digit or a period word ("eind", "end", "begin", "de 25e"). */
const RULE_HINT = /\d|\b(?:eind|einde|end|ende|fin|begin|start|beginning|anfang|début)\b/i;

const CHRONO_BY_LANGUAGE: Readonly<Record<Language, readonly Chrono[]>> = {
  nl: [nl.casual],
  en: [en.GB],
  de: [de.casual],
  fr: [fr.casual],
  other: [nl.casual, en.GB],
};

/** A bare weekday ("vrijdag", "on Friday") without "next", "last", "deze" and the like. */
const BARE_WEEKDAY = /^(?:(?:op|on|am|le|a\.?s\.?|aanstaande)\s+)?[\p{L}]+\.?$/iu;
/** Said about the past: "vrijdag betaald", "paid on Monday". */
const PAST_CONTEXT =
  /\b(?:betaald|overgemaakt|voldaan|gestort|verstuurd|gedaan|paid|transferred|sent|settled|bezahlt|überwiesen|payé|réglé|viré)\b/iu;

/**
 * A month name or abbreviation needs a day number next to it: "Groeten, Jan" is a name and "in
 * mei" no particular day, yet chrono reads both as the 1st of that month.
 */
const MONTH_NAME = new RegExp(String.raw`\b(?:${MONTH_WORDS})\b`, 'i');

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
      if (!/\d/.test(result.text) && MONTH_NAME.test(result.text) && !start.isCertain('weekday')) continue;
      let date: DateTime = DateTime.fromObject(
        { year: start.get('year') ?? today.year, month: start.get('month') ?? 1, day: start.get('day') ?? 1 },
        { zone: AMSTERDAM },
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
  written: string,
  options: { receivedAt?: Date; language?: Language } = {},
): DateEntity[] {
  // chrono's patterns cost the square of a long run of white space after a date.
  const text = shortenLongRuns(written);
  const forRules = RULE_HINT.test(text);
  const forChrono = CHRONO_HINT.test(text);
  if (!forRules && !forChrono) return [];
  const today = DateTime.fromJSDate(options.receivedAt ?? new Date(), { zone: AMSTERDAM }).startOf('day');
  const found = forRules ? extractPeriodDates(text, today) : [];
  if (forChrono) fromChrono(text, today, options.language ?? 'other', found);
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
