import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** A language code (ISO 639-3, as franc names them) and its score, 1 for the closest. */
export type RankedLanguage = [language: string, score: number];

// franc's own constants (franc-min 6.2).
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

/**
 * The trigram models of the allowed languages of one script, merged: per trigram, its rank in
 * each language's model (-1 when the language does not have it).
 */
interface MergedModel {
  readonly languages: readonly string[];
  readonly ranks: ReadonlyMap<string, Int32Array>;
}

const mergedModels = new Map<string, MergedModel>();

/** franc's `only`: an empty list allows every language. */
function isAllowed(language: string, only: readonly string[]): boolean {
  return only.length === 0 || only.includes(language);
}

function mergedModel(script: string, only: readonly string[]): MergedModel {
  const key = `${script}:${only.join(',')}`;
  let model = mergedModels.get(key);
  if (!model) {
    const languages = Object.keys(data[script] ?? {}).filter((language) => isAllowed(language, only));
    const ranks = new Map<string, Int32Array>();
    languages.forEach((language, l) => {
      const trigrams = data[script]![language]!.split('|');
      trigrams.forEach((trigram, rank) => {
        let row = ranks.get(trigram);
        if (!row) {
          row = new Int32Array(languages.length).fill(-1);
          ranks.set(trigram, row);
        }
        // A trigram listed twice keeps its first (best) rank, as in franc.
        if (row[l] === -1) row[l] = rank;
      });
    });
    model = { languages, ranks };
    mergedModels.set(key, model);
  }
  return model;
}

/** franc's script pick: the first script with the largest share of the characters. */
function topScript(value: string): [script: string | undefined, share: number] {
  let top: [string | undefined, number] = [undefined, -1];
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > top[1]) top = [script, share];
  }
  return top;
}

/** trigram-utils' padded trigram counts of the cleaned text (punctuation and digits dropped). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Exactly franc-min's `francAll(text, { only, minLength })`, at a
 * fraction of the cost. franc looks every trigram of the text up in each allowed language's model
 * (an object lookup per trigram per language, about a fifth of understandMessage); here the
 * allowed models are merged once, so each trigram is looked up once. The distances are sums of
 * whole numbers, so the order of summing cannot change them. A unit test holds this to franc.
 */
export function rankLanguages(
  text: string,
  options: { only: readonly string[]; minLength?: number },
): RankedLanguage[] {
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!text || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (script === undefined) return [['und', 1]];
  if (!(script in data)) {
    return share === 0 || !isAllowed(script, options.only) ? [['und', 1]] : [[script, 1]];
  }
  const { languages, ranks } = mergedModel(script, options.only);
  if (languages.length === 0) return [['und', 1]];
  const distances = new Array<number>(languages.length).fill(0);
  for (const [trigram, count] of trigramCounts(value)) {
    const row = ranks.get(trigram);
    for (let l = 0; l < languages.length; l++) {
      const rank = row ? row[l]! : -1;
      distances[l]! += rank === -1 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  const ranked = languages
    .map((language, l): RankedLanguage => [language, distances[l]!])
    .sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return ranked.map(([language, distance]) => [language, 1 - (distance - min) / max || 0]);
}
