import type { Random } from './expand-template.ts';

/**
 * Real replies are typed fast: a few typos, no capitals, missing punctuation. Applied to the
 * debtor's own words only (never to the quoted reminder).
 */
export function perturbText(text: string, random: Random): string {
  let out = text;
  if (random() < 0.35) out = addTypos(out, random, 1 + Math.floor(random() * 3));
  if (random() < 0.15) out = out.toLowerCase();
  if (random() < 0.1) out = out.replace(/[.!]+(\s|$)/g, '$1');
  return out;
}

function addTypos(text: string, random: Random, count: number): string {
  const words = text.split(' ');
  for (let i = 0; i < count; i++) {
    const index = Math.floor(random() * words.length);
    const word = words[index];
    if (word === undefined || word.length < 4 || /[<@\d]/.test(word)) continue;
    const at = 1 + Math.floor(random() * (word.length - 2));
    const kind = random();
    if (kind < 0.4) words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    else if (kind < 0.7) words[index] = word.slice(0, at) + word.slice(at + 1);
    else words[index] = word.slice(0, at) + word[at] + word.slice(at);
  }
  return words.join(' ');
}
