import type { Language } from '../../domain/reasons.ts';
import { rankLanguages } from './rank-languages.ts';

/**
 * Words that point at one language. Short replies ("Betaald!", "Paid yesterday") are too short
 * for trigram statistics, and in longer ones they break franc's near-ties (Dutch and Afrikaans).
 * Words shared between languages ("we", "is", "de", "die", "morgen") are left out on purpose.
 */
const HINTS: Readonly<Record<Exclude<Language, 'other'>, string>> = {
  nl: 'ik wij jij jullie u uw het een en niet geen wel maar ook nog al dit deze dat van voor met op naar bij heb hebben heeft zijn kan kunnen wil willen zal zullen wordt graag bedankt dank dankjewel groet groeten vriendelijke betaald betalen betaling factuur facturen overgemaakt volgende vorige maand vandaag gisteren maandag dinsdag woensdag donderdag vrijdag zaterdag zondag hoi beste goedemorgen goedemiddag klopt even termijnen rekening bedrag helaas excuses ontvangen sturen stuur nee oké afgesproken voldaan openstaande herinnering aanmaning',
  en: 'i you your the a an and are was were not have has had will would can could please thanks thank regards kind paid pay payment invoice invoices yesterday today tomorrow next last month monday tuesday wednesday thursday friday saturday sunday our my it this that of to for with already sent hi hello dear due amount account received sorry settled transfer',
  de: 'ich wir sie du der das und ist nicht kein keine haben habe hat wird werden bitte danke vielen gruß grüße grüßen freundlichen bezahlt zahlung rechnung überwiesen gestern heute nächste woche monat montag dienstag mittwoch donnerstag freitag samstag sonntag mit für von zu auf bei noch schon bereits guten tag sehr geehrte leider betrag konto',
  fr: 'je nous vous il elle le la les un une et est sont pas ne avons avez ai sera merci bonjour cordialement salutations payé payée paiement facture factures virement hier aujourd demain prochaine semaine mois lundi mardi mercredi jeudi vendredi samedi dimanche avec pour dans sur des du au déjà madame monsieur veuillez montant compte',
};

const LANGUAGE_OF_WORD = new Map<string, Exclude<Language, 'other'>>();
for (const [language, words] of Object.entries(HINTS) as [Exclude<Language, 'other'>, string][]) {
  for (const word of words.split(' ')) LANGUAGE_OF_WORD.set(word, language);
}

const FRANC_CODES: Readonly<Record<string, Language>> = { nld: 'nl', eng: 'en', fra: 'fr', deu: 'de' };
export const OUR_FRANC_CODES = ['nld', 'eng', 'fra', 'deu'];
/** Our four languages and the ones franc confuses them with, so that "other" means other. */
export const FRANC_ONLY = [
  'nld',
  'eng',
  'fra',
  'deu',
  'spa',
  'ita',
  'por',
  'afr',
  'pol',
  'tur',
  'swe',
  'ron',
  'rus',
  'ukr',
];
const MIN_FRANC_LETTERS = 40;
/** Trigram statistics settle by a few hundred characters; more only costs time. */
const MAX_FRANC_CHARS = 600;
const NOISE = /https?:\/\/\S+|\S+@\S+|[\d€$%#*_=<>|/\\[\](){}-]+/gu;

function hintScores(text: string): Map<Exclude<Language, 'other'>, number> {
  const scores = new Map<Exclude<Language, 'other'>, number>();
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const language = LANGUAGE_OF_WORD.get(match[0]);
    if (language) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  return scores;
}

function best(scores: Map<Exclude<Language, 'other'>, number>): {
  language: Language;
  score: number;
  margin: number;
} {
  const sorted = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first) return { language: 'other', score: 0, margin: 0 };
  return { language: first[0], score: first[1], margin: first[1] - (second?.[1] ?? 0) };
}

/**
 * The language of a reply: nl, en, fr, de, or other. Longer text goes by franc's trigram model
 * (restricted to plausible languages; rankLanguages gives franc's answer faster); short text by
 * hint words.
 */
export function detectLanguage(text: string): Language {
  const clean = text.slice(0, MAX_FRANC_CHARS * 2).replace(NOISE, ' ');
  const letters = clean.replace(/[^\p{L}]/gu, '').length;
  const hints = best(hintScores(clean));
  if (letters < MIN_FRANC_LETTERS) {
    if (hints.score > 0 && hints.margin > 0) return hints.language;
    const [top] = rankLanguages(clean, { only: OUR_FRANC_CODES, minLength: 3 });
    return (top && FRANC_CODES[top[0]]) ?? (hints.score > 0 ? hints.language : 'other');
  }
  const ranked = rankLanguages(clean.slice(0, MAX_FRANC_CHARS), { only: FRANC_ONLY });
  const top = ranked[0];
  const fromFranc = top ? FRANC_CODES[top[0]] : undefined;
  if (fromFranc) {
    // A near-tie between two of our languages is settled by the hint words.
    const runnerUp = ranked[1];
    const close = runnerUp && FRANC_CODES[runnerUp[0]] && runnerUp[1] > 0.95;
    return close && hints.margin >= 2 && hints.language !== 'other' ? hints.language : fromFranc;
  }
  // Franc says Afrikaans or Spanish; many hint words of one of our languages say otherwise.
  return hints.score >= 3 && hints.margin >= 2 ? hints.language : 'other';
}
