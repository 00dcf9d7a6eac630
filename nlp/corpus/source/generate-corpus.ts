/**
 * Writes the labelled reason corpus (nlp/corpus/*.jsonl) from the hand-written phrasing families.
 * Run: npx tsx nlp/corpus/source/generate-corpus.ts. Deterministic (seeded).
 *
 * The split is by family: every row made from one phrasing family lands in the same split, so the
 * held-out numbers measure unseen phrasings, not re-shuffled copies of trained ones.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byPriority, REASON_CODES, type ReasonCode } from '../../../domain/reasons.ts';
import { createRandom, expandTemplate, fillSlots, pick, type Random } from './expand-template.ts';
import { FRAMES } from './frames.ts';
import { perturbText } from './perturb-text.ts';
import type { LanguageFrame, PhraseBook } from './phrase-book.ts';
import { BATCH3_DE, BATCH3_EN, BATCH3_FR, BATCH3_NL } from './phrases-batch3.ts';
import { BATCH4_DE, BATCH4_EN, BATCH4_FR, BATCH4_NL } from './phrases-batch4.ts';
import { BATCH5_DE, BATCH5_EN, BATCH5_FR, BATCH5_NL } from './phrases-batch5.ts';
import { BATCH6_DE, BATCH6_EN, BATCH6_FR, BATCH6_NL } from './phrases-batch6.ts';
import { BATCH7_DE, BATCH7_EN, BATCH7_FR, BATCH7_NL } from './phrases-batch7.ts';
import { BATCH8_DE, BATCH8_EN, BATCH8_FR, BATCH8_NL } from './phrases-batch8.ts';
import { BATCH9_DE, BATCH9_EN, BATCH9_FR, BATCH9_NL } from './phrases-batch9.ts';
import { PHRASES_DE } from './phrases-de.ts';
import { PHRASES_EN } from './phrases-en.ts';
import { EXTRA_EN, EXTRA_NL } from './phrases-extra.ts';
import { PHRASES_FR } from './phrases-fr.ts';
import { PHRASES_NL } from './phrases-nl.ts';
import { type Split, splitFamilies } from './split-of-family.ts';

export interface CorpusRow {
  id: string;
  text: string;
  subject?: string;
  reason: ReasonCode;
  secondary: ReasonCode[];
  language: string;
  family: string;
  split: Split;
  quoted: boolean;
}

const BOOKS: Record<string, PhraseBook> = {
  nl: mergeBooks(PHRASES_NL, EXTRA_NL),
  en: mergeBooks(PHRASES_EN, EXTRA_EN),
  fr: PHRASES_FR,
  de: PHRASES_DE,
};

/**
 * The third batch is generated after the first two with its own random stream and family split,
 * so adding it left every earlier row (and the held-out split the old numbers refer to) unchanged.
 */
const BATCH3: Record<string, PhraseBook> = { nl: BATCH3_NL, en: BATCH3_EN, fr: BATCH3_FR, de: BATCH3_DE };
const BATCH3_MIXED: Record<string, number> = { nl: 60, en: 60, fr: 10, de: 10 };

/**
 * The fourth batch (corpus 1.2.0) follows in the same way. More rows per family for fr and de,
 * which had the fewest, and about a third of its rows are bare chat turns.
 */
const BATCH4: Record<string, PhraseBook> = { nl: BATCH4_NL, en: BATCH4_EN, fr: BATCH4_FR, de: BATCH4_DE };
const BATCH4_MIXED: Record<string, number> = { nl: 80, en: 80, fr: 30, de: 30 };
const BATCH4_VARIANTS: Record<string, number> = { nl: 4, en: 4, fr: 3, de: 3 };
const BATCH4_CHAT_SHARE = 0.35;

/**
 * The fifth batch (corpus 1.3.0) follows batch 4 the same way: own random stream and family split,
 * no mixed rows of its own (its families carry their second reason with `#` markers).
 */
const BATCH5: Record<string, PhraseBook> = { nl: BATCH5_NL, en: BATCH5_EN, fr: BATCH5_FR, de: BATCH5_DE };
const BATCH5_VARIANTS: Record<string, number> = { nl: 4, en: 4, fr: 4, de: 4 };

/**
 * The sixth batch (corpus 1.4.0) follows batch 5 the same way: own random stream and family split,
 * second reasons only from the families' own `#` markers. Five rows per family: its families are
 * fewer but carry more alternatives each.
 */
const BATCH6: Record<string, PhraseBook> = { nl: BATCH6_NL, en: BATCH6_EN, fr: BATCH6_FR, de: BATCH6_DE };
const BATCH6_VARIANTS: Record<string, number> = { nl: 5, en: 5, fr: 5, de: 5 };

/**
 * The seventh batch (corpus 1.5.0) follows batch 6 the same way: own random stream and family
 * split, second reasons only from the families' own `#` markers, five rows per family.
 */
const BATCH7: Record<string, PhraseBook> = { nl: BATCH7_NL, en: BATCH7_EN, fr: BATCH7_FR, de: BATCH7_DE };
const BATCH7_VARIANTS: Record<string, number> = { nl: 5, en: 5, fr: 5, de: 5 };

/**
 * The eighth batch (corpus 1.6.0) follows batch 7 the same way: own random stream and family
 * split, second reasons only from the families' own `#` markers, six rows per family (its
 * families are few and carry three alternatives per slot).
 */
const BATCH8: Record<string, PhraseBook> = { nl: BATCH8_NL, en: BATCH8_EN, fr: BATCH8_FR, de: BATCH8_DE };
const BATCH8_VARIANTS: Record<string, number> = { nl: 6, en: 6, fr: 6, de: 6 };

/**
 * The ninth batch (corpus 1.7.0) follows batch 8 the same way: own random stream and family
 * split, second reasons only from the families' own `#` markers, five rows per family.
 */
const BATCH9: Record<string, PhraseBook> = { nl: BATCH9_NL, en: BATCH9_EN, fr: BATCH9_FR, de: BATCH9_DE };
const BATCH9_VARIANTS: Record<string, number> = { nl: 5, en: 5, fr: 5, de: 5 };

/** Batches 5 to 9 in the order they are generated, each with the seed of its random stream. */
const MARKED_BATCHES: readonly {
  seed: number;
  books: Record<string, PhraseBook>;
  tag: string;
  variants: Record<string, number>;
}[] = [
  { seed: 20261206, books: BATCH5, tag: 'b5-', variants: BATCH5_VARIANTS },
  { seed: 20261207, books: BATCH6, tag: 'b6-', variants: BATCH6_VARIANTS },
  { seed: 20261208, books: BATCH7, tag: 'b7-', variants: BATCH7_VARIANTS },
  { seed: 20261209, books: BATCH8, tag: 'b8-', variants: BATCH8_VARIANTS },
  { seed: 20261210, books: BATCH9, tag: 'b9-', variants: BATCH9_VARIANTS },
];

function mergeBooks(first: PhraseBook, second: PhraseBook): PhraseBook {
  const merged: Partial<Record<ReasonCode, readonly string[]>> = {};
  for (const reason of REASON_CODES) merged[reason] = [...first[reason], ...second[reason]];
  return merged as PhraseBook;
}
/** Rows per family: more for nl/en, whose phrase books are larger and matter most. */
const VARIANTS: Record<string, number> = { nl: 3, en: 3, fr: 2, de: 2 };
const MIXED: Record<string, number> = { nl: 200, en: 200, fr: 30, de: 30 };
/** Combinations debtors actually write (the primary follows from REASON_CODES order). */
const MIX_PAIRS: readonly (readonly [ReasonCode, ReasonCode])[] = [
  ['forgotten', 'promise_to_pay'],
  ['liquidity', 'promise_to_pay'],
  ['dispute', 'invoice_request'],
  ['already_paid', 'invoice_request'],
  ['missing_po', 'invoice_request'],
  ['dispute', 'liquidity'],
  ['forgotten', 'invoice_request'],
  ['wrong_contact', 'invoice_request'],
  ['missing_po', 'promise_to_pay'],
  ['dispute', 'promise_to_pay'],
  ['liquidity', 'forgotten'],
  ['already_paid', 'dispute'],
];
/** Batch 4 adds the combinations the independent sets showed: "oops, slipped through, paid it". */
const BATCH4_MIX_PAIRS: readonly (readonly [ReasonCode, ReasonCode])[] = [
  ...MIX_PAIRS,
  ['forgotten', 'already_paid'],
  ['liquidity', 'dispute'],
  ['wrong_contact', 'invoice_request'],
  ['promise_to_pay', 'invoice_request'],
  ['missing_po', 'promise_to_pay'],
];

interface Family {
  id: string;
  reason: ReasonCode;
  template: string;
  split: Split;
}

function familiesOf(language: string, book: PhraseBook = BOOKS[language]!, tag = ''): Family[] {
  return REASON_CODES.flatMap((reason) => {
    const ids = book[reason].map((_template, index) => `${language}-${reason}-${tag}${index}`);
    const splits = splitFamilies(ids);
    return book[reason].map((template, index) => ({
      id: ids[index]!,
      reason,
      template,
      split: splits.get(ids[index]!)!,
    }));
  });
}

function frameReply(
  frame: LanguageFrame,
  body: string,
  random: Random,
  rowReasons: string,
): { text: string; quoted: boolean } {
  const greeting = random() < 0.5 ? fillSlots(pick(random, frame.greetings), random, frame.slots) : '';
  const closing = random() < 0.6 ? fillSlots(pick(random, frame.closings), random, frame.slots) : '';
  const own = [greeting, perturbText(body, random), closing].filter((part) => part !== '').join('\n\n');
  // Quote our reminder under a third of the replies; auto-replies rarely quote.
  if (rowReasons === 'auto_reply' || random() >= 0.35) return { text: own, quoted: false };
  const attribution = fillSlots(pick(random, frame.attributions), random, frame.slots);
  const reminder = fillSlots(pick(random, frame.reminders), random, frame.slots);
  const outlookStyle = /^(Van|From|-----)/.test(attribution);
  const quote = outlookStyle
    ? reminder
    : reminder
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
  return { text: `${own}\n\n${attribution}\n${outlookStyle ? '\n' : ''}${quote}`, quoted: true };
}

/** A chat turn: the debtor's words alone, typed fast (often lower case, no final full stop). */
function chatTurn(body: string, random: Random): { text: string; quoted: boolean } {
  let text = perturbText(body, random);
  if (random() < 0.5) text = text.toLowerCase();
  if (random() < 0.5) text = text.replace(/[.!]+$/, '');
  return { text, quoted: false };
}

function generateLanguage(
  frame: LanguageFrame,
  random: Random,
  options: {
    families: Family[];
    mixed: number;
    mixedTag: string;
    rows: CorpusRow[];
    seen: Set<string>;
    /** Batch 4 on: rows per family, share of bare chat turns, combinations for mixed rows. */
    variants?: number;
    chatShare?: number;
    pairs?: readonly (readonly [ReasonCode, ReasonCode])[];
  },
): CorpusRow[] {
  const language = frame.language;
  const { families, rows, seen } = options;
  const emit = (id: string, family: string, split: Split, body: string, labels: ReasonCode[]) => {
    const ordered = byPriority(labels);
    const reason = ordered[0]!;
    // Only batch 4 draws for chat turns, so the random streams of earlier batches are unchanged.
    const chat = options.chatShare !== undefined && random() < options.chatShare;
    const framed = chat ? chatTurn(body, random) : frameReply(frame, body, random, reason);
    if (seen.has(framed.text)) return;
    seen.add(framed.text);
    const row: CorpusRow = {
      id,
      text: framed.text,
      reason,
      secondary: ordered.slice(1),
      language,
      family,
      split,
      quoted: framed.quoted,
    };
    if (!chat && random() < 0.6) row.subject = fillSlots(pick(random, frame.subjects), random, frame.slots);
    rows.push(row);
  };
  for (const family of families) {
    for (let variant = 0; variant < (options.variants ?? VARIANTS[language]!); variant++) {
      const { text, markers } = expandTemplate(family.template, random, frame.slots);
      emit(`${family.id}-${variant}`, family.id, family.split, text, [family.reason, ...markers]);
    }
  }
  for (let i = 0; i < options.mixed; i++) {
    const [first, second] = pick(random, options.pairs ?? MIX_PAIRS);
    const split = pick(random, ['train', 'train', 'train', 'calibration', 'test', 'test'] as const);
    const a = families.filter((family) => family.reason === first && family.split === split);
    const b = families.filter((family) => family.reason === second && family.split === split);
    if (a.length === 0 || b.length === 0) continue;
    const fa = pick(random, a);
    const fb = pick(random, b);
    const ea = expandTemplate(fa.template, random, frame.slots);
    const eb = expandTemplate(fb.template, random, frame.slots);
    const parts = random() < 0.7 ? [ea.text, eb.text] : [eb.text, ea.text];
    emit(`${language}-mixed-${options.mixedTag}${i}`, `${fa.id}+${fb.id}`, split, parts.join(' '), [
      first,
      second,
      ...ea.markers,
      ...eb.markers,
    ]);
  }
  return rows;
}

function main(): void {
  const random = createRandom(20240611);
  const outDir = join(import.meta.dirname, '..');
  for (const frame of FRAMES) {
    const language = frame.language;
    const rows: CorpusRow[] = [];
    const seen = new Set<string>();
    generateLanguage(frame, random, {
      families: familiesOf(language),
      mixed: MIXED[language]!,
      mixedTag: '',
      rows,
      seen,
    });
    generateLanguage(frame, createRandom(20261123 + rows.length), {
      families: familiesOf(language, BATCH3[language]!, 'b3-'),
      mixed: BATCH3_MIXED[language]!,
      mixedTag: 'b3-',
      rows,
      seen,
    });
    generateLanguage(frame, createRandom(20261205 + rows.length), {
      families: familiesOf(language, BATCH4[language]!, 'b4-'),
      mixed: BATCH4_MIXED[language]!,
      mixedTag: 'b4-',
      rows,
      seen,
      variants: BATCH4_VARIANTS[language]!,
      chatShare: BATCH4_CHAT_SHARE,
      pairs: BATCH4_MIX_PAIRS,
    });
    // Batches 5 to 9: own random stream each (seeded after the rows before it), no generated mixed
    // rows (second reasons come from the families' own `#` markers).
    for (const batch of MARKED_BATCHES) {
      generateLanguage(frame, createRandom(batch.seed + rows.length), {
        families: familiesOf(language, batch.books[language]!, batch.tag),
        mixed: 0,
        mixedTag: batch.tag,
        rows,
        seen,
        variants: batch.variants[language]!,
        chatShare: BATCH4_CHAT_SHARE,
      });
    }
    writeFileSync(
      join(outDir, `${frame.language}.jsonl`),
      `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`,
    );
    const count = (split: Split) => rows.filter((row) => row.split === split).length;
    console.log(
      `${frame.language}: ${rows.length} rows (train ${count('train')}, calibration ${count('calibration')}, test ${count('test')})`,
    );
  }
}

main();
