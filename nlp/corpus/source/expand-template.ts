import { isReasonCode, type ReasonCode } from '../../../domain/reasons.ts';

export type Random = () => number;

/** Deterministic PRNG (mulberry32) so the corpus is reproducible from the seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * Expands `{a|b{c|d}}` alternatives (nested), fills `<SLOT>`s and collects `#reason` markers.
 * Returns the text and the secondary reasons its chosen alternatives carry.
 */
export function expandTemplate(
  template: string,
  random: Random,
  slots: Readonly<Record<string, readonly string[]>>,
): { text: string; markers: ReasonCode[] } {
  let position = 0;
  const parseSequence = (): string => {
    let out = '';
    while (position < template.length) {
      const char = template[position]!;
      if (char === '|' || char === '}') return out;
      position++;
      if (char === '{') out += parseChoice();
      else out += char;
    }
    return out;
  };
  const parseChoice = (): string => {
    const options: string[] = [parseSequence()];
    while (template[position] === '|') {
      position++;
      options.push(parseSequence());
    }
    if (template[position] !== '}') throw new Error(`unbalanced braces in: ${template}`);
    position++;
    return pick(random, options);
  };
  const expanded = parseSequence();
  if (position !== template.length) throw new Error(`stray "${template[position]}" in: ${template}`);
  const markers: ReasonCode[] = [];
  const withoutMarkers = expanded.replace(/#([a-z_]+)/g, (_match, name: string) => {
    if (!isReasonCode(name)) throw new Error(`unknown reason marker #${name}`);
    markers.push(name);
    return '';
  });
  const text = fillSlots(withoutMarkers, random, slots);
  return { text: text.replace(/ {2,}/g, ' ').trim(), markers };
}

export function fillSlots(
  text: string,
  random: Random,
  slots: Readonly<Record<string, readonly string[]>>,
): string {
  return text.replace(/<([A-Z]+)>/g, (match, name: string) => {
    const values = slots[name];
    return values ? pick(random, values) : match;
  });
}
