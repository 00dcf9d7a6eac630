import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Liquid, Template } from 'liquidjs';
import { AppError } from '../../../domain/errors/app-error.ts';
import { buildLetterVariables, type LetterData } from './build-letter-variables.ts';
import { letterSettingsFor } from './letter-settings.ts';

/** The ladder letters the shipped templates cover, one file per step code and language. */
export const LETTER_TEMPLATE_NAMES = [
  'reminder_1',
  'reminder_2',
  'aanmaning',
  'ingebrekestelling',
  'veertiendagenbrief',
  'incassobureau',
] as const;

/** The languages the shipped templates are written in; any other falls back to English. */
export const SHIPPED_LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;

/** Where the shipped templates live (copied next to the compiled code by `npm run build`). */
export const SHIPPED_TEMPLATES_DIR = path.resolve(import.meta.dirname, '../templates');

const SUFFIX = '.mjml.liquid';

export interface RenderedLetter {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The language the letter is written in (a debtor in French gets English until fr/ exists). */
  readonly language: string;
  /** The template file that worded it: an override or the shipped one. */
  readonly file: string;
}

export interface LetterTemplates {
  /** Every template file compiled and checked, shipped and overridden, as `lang/name`: file. */
  readonly files: ReadonlyMap<string, string>;
  render(input: { name: string; language: string; data: LetterData }): Promise<RenderedLetter>;
}

interface Compiled {
  readonly file: string;
  /** The body as parsed: an error whose token came from elsewhere came from a layout. */
  readonly source: string;
  readonly subject: Template[];
  readonly body: Template[];
}

type Mjml = (mjml: string, options: Record<string, unknown>) => Promise<{ html: string; errors: unknown[] }>;
type Convert = (html: string, options: Record<string, unknown>) => string;

const LOADED = new Map<string, Promise<LetterTemplates>>();

/**
 * Compiles every letter template (the shipped ones, and a company's overrides from
 * COLLECTIONS_TEMPLATES_DIR, which win file by file, layout included) and checks each by
 * rendering it with sample letters under strict variables and strict MJML: a broken template or
 * an unknown variable is refused here, at start, with its file and line, never in a debtor's
 * mail. Loaded once per folder; the template engine and MJML are imported here, never by the
 * fast commands.
 */
export function loadLetterTemplates({
  overridesDir = null,
}: {
  overridesDir?: string | null;
} = {}): Promise<LetterTemplates> {
  const key = overridesDir ? path.resolve(overridesDir) : '';
  let loaded = LOADED.get(key);
  if (!loaded) {
    loaded = compileAll(key || null);
    LOADED.set(key, loaded);
    // A refused folder is read again next time (after the company fixed the file).
    loaded.catch(() => LOADED.delete(key));
  }
  return loaded;
}

async function compileAll(overridesDir: string | null): Promise<LetterTemplates> {
  if (overridesDir && !(existsSync(overridesDir) && statSync(overridesDir).isDirectory())) {
    throw new AppError(
      'CONFIG_INVALID',
      `COLLECTIONS_TEMPLATES_DIR: "${overridesDir}" is not a folder. Point it at a folder laid out like channels/email/templates (nl/reminder_1.mjml.liquid, ...), or unset it for the shipped letters.`,
    );
  }
  const [{ Liquid }, mjmlModule, { convert }] = await Promise.all([
    import('liquidjs'),
    import('mjml'),
    import('html-to-text'),
  ]);
  const mjml =
    ((mjmlModule as { default: unknown }).default as { default?: Mjml }).default ??
    ((mjmlModule as { default: unknown }).default as Mjml);
  const roots = overridesDir ? [overridesDir, SHIPPED_TEMPLATES_DIR] : [SHIPPED_TEMPLATES_DIR];
  const options = {
    root: roots,
    partials: roots,
    layouts: roots,
    extname: '',
    relativeReference: false,
    strictVariables: true,
    strictFilters: true,
    cache: true,
  } as const;
  const html = new Liquid({ ...options, outputEscape: 'escape' });
  const plain = new Liquid(options);

  const layouts = listLayoutFiles(roots);
  const compiled = new Map<string, Compiled>();
  for (const [id, file] of listTemplateFiles(roots)) {
    compiled.set(id, compileFile({ file, html, plain }));
  }
  const renderer = createRenderer({ compiled, layouts, html, plain, mjml, convert: convert as Convert });
  for (const [id] of compiled) {
    const [language, name] = id.split('/') as [string, string];
    for (const data of SAMPLE_LETTERS) await renderer.render({ name, language, data });
  }
  return {
    files: new Map([...compiled].map(([id, entry]) => [id, entry.file])),
    render: renderer.render,
  };
}

/**
 * Every `*.mjml.liquid` in the roots' language folders (`nl/`, `en/`, ...), the last root's
 * first: read into a map in this order, an override (an earlier root) hides the shipped file.
 */
function listTemplateEntries(roots: readonly string[]): { language: string; entry: string; file: string }[] {
  const entries: { language: string; entry: string; file: string }[] = [];
  for (const root of [...roots].reverse()) {
    for (const language of readdirSync(root)) {
      const dir = path.join(root, language);
      if (!/^[a-z]{2}$/u.test(language) || !statSync(dir).isDirectory()) continue;
      for (const entry of readdirSync(dir)) {
        if (entry.endsWith(SUFFIX)) entries.push({ language, entry, file: path.join(dir, entry) });
      }
    }
  }
  return entries;
}

/** `lang/name` to its file: an override hides the shipped file of the same name. */
function listTemplateFiles(roots: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { language, entry, file } of listTemplateEntries(roots)) {
    if (!entry.startsWith('_')) files.set(`${language}/${entry.slice(0, -SUFFIX.length)}`, file);
  }
  return files;
}

/**
 * A template file: a front matter with its subject line, then the MJML body. The front matter is
 * kept as blank lines in the body (and the subject keeps its line), so every line an error
 * names is the line in the file.
 */
function compileFile({ file, html, plain }: { file: string; html: Liquid; plain: Liquid }): Compiled {
  const lines = readFileSync(file, 'utf8').split('\n');
  const end = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  const subjectAt = end > 0 ? lines.slice(1, end).findIndex((line) => /^subject:/u.test(line)) + 1 : 0;
  if (end < 0 || subjectAt <= 0) {
    throw new AppError(
      'CONFIG_INVALID',
      `${file}:1: a letter template starts with a front matter holding its subject, such as:\n---\nsubject: Herinnering: factuur {{ invoice_numbers }}\n---`,
    );
  }
  const subjectSource = '\n'.repeat(subjectAt) + lines[subjectAt]!.replace(/^subject:/u, '');
  const bodySource = lines.map((line, index) => (index <= end ? '' : line)).join('\n');
  return {
    file,
    source: bodySource,
    subject: guard({ file }, () => plain.parse(subjectSource, file)),
    body: guard({ file }, () => html.parse(bodySource, file)),
  };
}

function createRenderer({
  compiled,
  layouts,
  html,
  plain,
  mjml,
  convert,
}: {
  compiled: ReadonlyMap<string, Compiled>;
  layouts: ReadonlyMap<string, string>;
  html: Liquid;
  plain: Liquid;
  mjml: Mjml;
  convert: Convert;
}): Pick<LetterTemplates, 'render'> {
  return {
    async render({ name, language, data }) {
      const chosen = compiled.has(`${language}/${name}`) ? language : 'en';
      const template = compiled.get(`${chosen}/${name}`);
      if (!template) {
        throw new AppError(
          'CONFIG_INVALID',
          `No template "${name}" for ${language} or en: add ${name}${SUFFIX} to the templates folder (COLLECTIONS_TEMPLATES_DIR) or use a step code with a shipped letter (${LETTER_TEMPLATE_NAMES.join(', ')}).`,
        );
      }
      const variables = buildLetterVariables({ data, language: chosen });
      const subject = guard(
        { file: template.file },
        () => plain.renderSync(template.subject, variables) as string,
      )
        .replace(/\s+/gu, ' ')
        .trim();
      const source = guard(
        { file: template.file, source: template.source, layouts },
        () => html.renderSync(template.body, { ...variables, subject }) as string,
      );
      let result: Awaited<ReturnType<Mjml>>;
      try {
        result = await mjml(source, { validationLevel: 'strict', keepComments: false });
      } catch (cause) {
        const details = (cause as { details?: { line?: number; message?: string }[] }).details ?? [];
        const first = details[0];
        throw new AppError(
          'CONFIG_INVALID',
          `${template.file}: the MJML is not valid once the variables are filled in: ${
            first
              ? `line ${first.line} of the result: ${first.message}`
              : (cause as Error).message
                  .replace(/^ValidationError:\s*/u, '')
                  .replace(/ of \S+ \(/gu, ' (')
                  .trim()
          }. Check the tags against https://documentation.mjml.io.`,
          { cause },
        );
      }
      const text = convert(result.html, {
        // Not hard-wrapped: mail clients wrap, and a sentence (the 14-day wording) stays one line.
        wordwrap: false,
        selectors: [
          { selector: 'img', format: 'skip' },
          { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
          // MJML lays the mail out in tables: read as blocks, except the invoice table.
          {
            selector: 'table',
            format: 'dataTable',
            options: { maxColumnWidth: 120, uppercaseHeaderCells: false },
          },
          { selector: 'table[role=presentation]', format: 'block' },
          { selector: 'table[role=presentation] > tbody > tr', format: 'block' },
          { selector: 'div', format: 'paragraph' },
        ],
      });
      return { subject, html: result.html, text: `${text.trim()}\n`, language: chosen, file: template.file };
    },
  };
}

/** The layouts and partials (`_*.mjml.liquid`) in force, by their text: an override hides the shipped one. */
function listLayoutFiles(roots: readonly string[]): Map<string, string> {
  const byText = new Map<string, string>();
  for (const { entry, file } of listTemplateEntries(roots)) {
    if (entry.startsWith('_')) byText.set(readFileSync(file, 'utf8'), file);
  }
  return byText;
}

/**
 * Runs a template step and names the file and line of what the template engine refused. An
 * error inside a layout carries the layout's text but not always its name: found by the text.
 */
function guard<T>(
  where: { file: string; source?: string; layouts?: ReadonlyMap<string, string> },
  step: () => T,
): T {
  try {
    return step();
  } catch (cause) {
    const error = cause as Error & {
      token?: { file?: string; input?: string; getPosition?: () => [number, number] };
    };
    const input = error.token?.input;
    const file =
      error.token?.file ??
      (input !== undefined && where.source !== undefined && input !== where.source
        ? (where.layouts?.get(input) ?? where.file)
        : where.file);
    const [line, column] = error.token?.getPosition?.() ?? [0, 0];
    const at = `${file}${line ? `:${line}:${column}` : ''}`;
    const message = error.message.replace(/, (file:\S+, )?line:\d+, col:\d+$/u, '');
    throw new AppError(
      'CONFIG_INVALID',
      `Letter template ${at}: ${message}. See VARIABLES.md beside the shipped templates for what a letter can use.`,
      {
        cause,
      },
    );
  }
}

const SAMPLE_COMPANY = {
  legalName: 'Voorbeeld B.V.',
  address: { street: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'Nederland' },
  kvk: '12345678',
  vatNumber: 'NL001234567B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  phone: '+31 20 123 4567',
  email: 'debiteuren@voorbeeld.nl',
  logoUrl: 'https://voorbeeld.nl/logo.png',
};

/** What an answer can state: every fact set, so each answer template is rendered in full. */
const SAMPLE_ANSWER = {
  instalments: [
    { dueDate: '2026-05-01', amountCents: 80_025 },
    { dueDate: '2026-06-01', amountCents: 80_025 },
  ],
  poNumber: 'PO-4500012345',
  newEmail: 'crediteuren@bakkerij-jansen.nl',
  promisedDate: '2026-04-15',
  amountCents: 160_050,
  pausedUntil: '2026-04-30',
  staffNotified: true,
};

/** The start-up check renders each template three times: everything set, as little as possible, on paper. */
const SAMPLE_LETTERS: readonly LetterData[] = [
  {
    company: SAMPLE_COMPANY,
    debtorName: 'Bakkerij Jansen B.V.',
    contactName: 'Jan de Vries',
    invoices: [
      { number: 'F2026-0001', openCents: 125_000, dueDate: '2026-01-15', payUrl: 'https://pay.example/1' },
      { number: 'F2026-0002', openCents: 35_050, dueDate: '2026-02-15', payUrl: 'https://pay.example/2' },
    ],
    paymentLink: 'https://pay.example/all',
    costsCents: 22_508,
    interest: { kind: 'commercial', upTo: '2026-04-01', totalCents: 2_280, basisPoints: 1015 },
    earlierLetters: 3,
    letterDate: '2026-04-01',
    answer: SAMPLE_ANSWER,
  },
  {
    company: letterSettingsFor('Voorbeeld').company,
    debtorName: 'A. Consument',
    contactName: null,
    invoices: [{ number: 'F2026-0003', openCents: 4_000, dueDate: '2026-03-01', payUrl: null }],
    paymentLink: null,
    costsCents: null,
    interest: null,
    earlierLetters: 0,
    letterDate: '2026-04-01',
    answer: { staffNotified: false, amountCents: null },
  },
  // Worded for paper (the PDF's body), with a logo file instead of a URL.
  {
    company: { ...SAMPLE_COMPANY, logo: { contentType: 'image/png', base64: '', file: 'logo.png' } },
    debtorName: 'Bakkerij Jansen B.V.',
    contactName: 'Anna',
    invoices: [{ number: 'F2026-0004', openCents: 9_999, dueDate: '2026-03-01', payUrl: null }],
    paymentLink: null,
    costsCents: 4_000,
    interest: null,
    earlierLetters: 1,
    letterDate: '2026-04-01',
    onPaper: true,
  },
];
