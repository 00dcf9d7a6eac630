/**
 * Turns the hand-written independent evaluation sources (nlp/eval/source/<set>-<lang>.txt) into
 * nlp/eval/<set>.jsonl with the corpus row shape. A source line is `reason[>secondary,...]|text`
 * with `\n` for line breaks. Every fifth nl/en row gets our own reminder quoted below it in one of
 * four mail-client styles, because production mail carries it and the classifier must ignore it.
 *
 * Usage: npx tsx nlp/eval/build-independent-set.ts independent-v1
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASON_CODES, type ReasonCode } from '../../domain/reasons.ts';

const DIR = import.meta.dirname;
const LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;

const REMINDER_NL =
  'Beste klant,\n\nVolgens onze administratie staat factuur 2024-0113 van € 450,00 nog open. Wilt u het bedrag binnen 7 dagen overmaken op NL91ABNA0417164300?\n\nMet vriendelijke groet,\nDebiteurenbeheer';
const REMINDER_EN =
  'Dear customer,\n\nOur records show that invoice 2024-0113 for EUR 450.00 is still outstanding. Please pay within 7 days.\n\nKind regards,\nAccounts Receivable';

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

const QUOTES: Record<'nl' | 'en', ((body: string) => string)[]> = {
  nl: [
    (b) =>
      `${b}\n\nOp ma 4 nov. 2024 om 09:12 schreef Debiteurenbeheer <debiteuren@leverancier.nl>:\n${quote(REMINDER_NL)}`,
    (b) =>
      `${b}\n\nVan: Debiteurenbeheer <debiteuren@leverancier.nl>\nVerzonden: maandag 4 november 2024 09:12\nAan: info@klant.nl\nOnderwerp: Herinnering factuur 2024-0113\n\n${REMINDER_NL}`,
  ],
  en: [
    (b) =>
      `${b}\n\nOn Mon, 4 Nov 2024 at 09:12, Accounts Receivable <ar@supplier.co.uk> wrote:\n${quote(REMINDER_EN)}`,
    (b) =>
      `${b}\n\n-----Original Message-----\nFrom: Accounts Receivable <ar@supplier.co.uk>\nSent: Monday, November 4, 2024 9:12 AM\nTo: info@customer.com\nSubject: Payment reminder invoice 2024-0113\n\n${REMINDER_EN}`,
  ],
};

const isReason = (value: string): value is ReasonCode => (REASON_CODES as readonly string[]).includes(value);

function buildSet(name: string): string[] {
  return LANGUAGES.flatMap((language) => {
    const lines = readFileSync(join(DIR, 'source', `${name}-${language}.txt`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const perReason = new Map<string, number>();
    return lines.map((line, index) => {
      const bar = line.indexOf('|');
      const [reason = '', secondaryText = ''] = line.slice(0, bar).split('>');
      const secondary = secondaryText === '' ? [] : secondaryText.split(',');
      if (!isReason(reason) || !secondary.every(isReason)) throw new Error(`bad label: ${line}`);
      const body = line.slice(bar + 1).replaceAll('\\n', '\n');
      const styles = language === 'nl' || language === 'en' ? QUOTES[language] : undefined;
      const quoted = styles !== undefined && index % 5 === 2;
      const text = quoted ? (styles[Math.floor(index / 5) % styles.length]?.(body) ?? body) : body;
      const n = (perReason.get(reason) ?? 0) + 1;
      perReason.set(reason, n);
      return JSON.stringify({
        id: `${name}-${language}-${reason}-${n}`,
        text,
        reason,
        secondary,
        language,
        ...(quoted ? { quoted: true } : {}),
      });
    });
  });
}

const name = process.argv[2] ?? 'independent-v1';
const rows = buildSet(name);
writeFileSync(join(DIR, `${name}.jsonl`), `${rows.join('\n')}\n`);
console.log(`${name}: ${rows.length} rows`);
