import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { letterSettingsFor } from '../../../../../channels/email/letters/letter-settings.ts';
import {
  loadLetterTemplates,
  SHIPPED_TEMPLATES_DIR,
} from '../../../../../channels/email/letters/load-letter-templates.ts';
import { AppError } from '../../../../../domain/errors/app-error.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A company's override folder holding one file. */
function overrideWith(file: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'letters-'));
  dirs.push(dir);
  const target = path.join(dir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return { dir, file: target };
}

const shipped = (name: string) => readFileSync(path.join(SHIPPED_TEMPLATES_DIR, name), 'utf8');

async function refusal(dir: string): Promise<AppError> {
  const error = await loadLetterTemplates({ overridesDir: dir }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('CONFIG_INVALID');
  return error as AppError;
}

describe('loadLetterTemplates: a company override is checked at start', () => {
  it('an unknown variable is refused with the file and its line', async () => {
    const text = shipped('nl/reminder_1.mjml.liquid').replace('{{ total }}', '{{ totaal }}');
    const line = text.split('\n').findIndex((l) => l.includes('{{ totaal }}')) + 1;
    const { dir, file } = overrideWith('nl/reminder_1.mjml.liquid', text);
    const error = await refusal(dir);
    expect(error.message).toContain(`${file}:${line}:`);
    expect(error.message).toContain('undefined variable: totaal');
  });

  it('a misspelt field of a known object is refused too', async () => {
    const text = shipped('en/aanmaning.mjml.liquid').replace('{{ total }}', '{{ company.ibna }}');
    const { dir, file } = overrideWith('en/aanmaning.mjml.liquid', text);
    expect((await refusal(dir)).message).toMatch(
      new RegExp(`${file.replace(/[.]/gu, '\\.')}:\\d+:\\d+: undefined variable: company\\.ibna`, 'u'),
    );
  });

  it('an unclosed tag and an unknown filter are refused with file and line', async () => {
    const unclosed = overrideWith(
      'nl/aanmaning.mjml.liquid',
      shipped('nl/aanmaning.mjml.liquid').replace('{% endif %}', ''),
    );
    expect((await refusal(unclosed.dir)).message).toMatch(
      new RegExp(`Letter template ${unclosed.file.replace(/[.]/gu, '\\.')}:\\d+:\\d+: tag `, 'u'),
    );
    const filter = overrideWith(
      'nl/aanmaning.mjml.liquid',
      shipped('nl/aanmaning.mjml.liquid').replace('{{ total }}', '{{ total | shout }}'),
    );
    const line =
      readFileSync(filter.file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('shout')) + 1;
    expect((await refusal(filter.dir)).message).toContain(`${filter.file}:${line}:`);
  });

  it('an error in an overridden layout names the layout file', async () => {
    const layout = shipped('nl/_layout.mjml.liquid').replace(
      '{{ company.legal_name }}</mj-text>',
      '{{ company.naam }}</mj-text>',
    );
    const { dir, file } = overrideWith('nl/_layout.mjml.liquid', layout);
    expect((await refusal(dir)).message).toContain(file);
  });

  it('a template without its subject and invalid MJML are refused', async () => {
    const bare = overrideWith('nl/reminder_1.mjml.liquid', '<mjml><mj-body></mj-body></mjml>\n');
    expect((await refusal(bare.dir)).message).toContain(
      `${bare.file}:1: a letter template starts with a front matter`,
    );
    const mjml = overrideWith(
      'en/reminder_1.mjml.liquid',
      shipped('en/reminder_1.mjml.liquid').replace(
        '<mj-text padding="12px 0 0">',
        '<mj-text padding="12px 0 0" colour="red">',
      ),
    );
    expect((await refusal(mjml.dir)).message).toMatch(
      /en\/reminder_1\.mjml\.liquid: the MJML is not valid[\s\S]*Attribute colour is illegal/u,
    );
  });

  it('a folder that does not exist is refused by name', async () => {
    expect((await refusal('/nonexistent/letters')).message).toContain(
      'COLLECTIONS_TEMPLATES_DIR: "/nonexistent/letters" is not a folder',
    );
  });

  it('a valid override replaces the shipped file; the others stay; a new language is used', async () => {
    const { dir } = overrideWith(
      'nl/reminder_1.mjml.liquid',
      shipped('nl/reminder_1.mjml.liquid').replace('subject: Herinnering:', 'subject: Betalingsherinnering:'),
    );
    mkdirSync(path.join(dir, 'fr'));
    writeFileSync(
      path.join(dir, 'fr/reminder_1.mjml.liquid'),
      shipped('en/reminder_1.mjml.liquid').replace('subject: Reminder:', 'subject: Rappel :'),
    );
    const templates = await loadLetterTemplates({ overridesDir: dir });
    expect(templates.files.get('nl/reminder_1')).toBe(path.join(dir, 'nl/reminder_1.mjml.liquid'));
    expect(templates.files.get('nl/aanmaning')).toBe(
      path.join(SHIPPED_TEMPLATES_DIR, 'nl/aanmaning.mjml.liquid'),
    );
    const data = {
      company: letterSettingsFor('Acme').company,
      debtorName: 'X',
      contactName: null,
      invoices: [{ number: 'F1', openCents: 10_000, dueDate: '2026-10-01' }],
      paymentLink: null,
      costsCents: null,
      earlierLetters: 0,
      letterDate: '2026-12-07',
    };
    expect((await templates.render({ name: 'reminder_1', language: 'nl', data })).subject).toBe(
      'Betalingsherinnering: factuur F1',
    );
    const french = await templates.render({ name: 'reminder_1', language: 'fr', data });
    expect([french.subject, french.language]).toEqual(['Rappel : invoice F1', 'fr']);
    // A language without a folder (it) gets English.
    expect((await templates.render({ name: 'aanmaning', language: 'it', data })).language).toBe('en');
  });
});
