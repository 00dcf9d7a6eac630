import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../../channels/email/extract-pdf-text.ts';
import { SHIPPED_TEMPLATES_DIR } from '../../../../channels/email/letters/load-letter-templates.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { makePng } from '../../../support/make-png.ts';
import { runCliProcess } from '../../../support/run-cli.ts';
import { seedEmailLedger } from '../../../support/seed-email-ledger.ts';
import { createTestTarget } from '../../../support/test-database.ts';

const TODAY = new Date('2026-11-24T09:00:00Z');

describe('collections letters preview', () => {
  let db: Awaited<ReturnType<typeof createTestTarget>>;
  let env: Record<string, string>;
  let overrides: string;

  beforeAll(async () => {
    db = await createTestTarget();
    const open = await openDatabase({ target: db.target, migrate: true });
    await seedEmailLedger(open, TODAY);
    await open.close();
    overrides = mkdtempSync(path.join(tmpdir(), 'letters-cli-'));
    env = {
      ...db.env,
      COMPANY_NAME: 'Our Company',
      COMPANY_LEGAL_NAME: 'Our Company B.V.',
      COMPANY_IBAN: 'NL91ABNA0417164300',
      COMPANY_KVK: '12345678',
      PAYMENT_LINK_SECRET: 'preview-secret-with-at-least-32-characters',
      PUBLIC_BASE_URL: 'https://pay.ourcompany.example',
    };
  });
  afterAll(async () => {
    rmSync(overrides, { recursive: true, force: true });
    await db?.drop();
  });
  /** `letters preview --step <step> --invoice INV-2026-0042 <more>`, with `extraEnv` over the env. */
  const preview = (step: string, more: string[] = [], extraEnv: Record<string, string> = {}) =>
    runCliProcess(['letters', 'preview', '--step', step, '--invoice', 'INV-2026-0042', ...more], {
      env: { ...env, ...extraEnv },
    });

  it('shows a step as the debtor would read it: greeting, amounts as money, the way to pay', async () => {
    const run = await preview('ingebrekestelling');
    expect(run.code, run.stderr).toBe(0);
    const text = run.stdout.replace(/[\u00a0\u202f]/gu, ' ');
    expect(text).toMatch(/^Subject: Ingebrekestelling: factuur INV-2026-0042\n/u);
    expect(text).toContain('Geachte heer/mevrouw Jansen,');
    expect(text).toContain('Wij stellen u hierbij in gebreke');
    expect(text).toMatch(/incassokosten van € [\d.,]+/u);
    expect(text).toMatch(/\[https:\/\/pay\.ourcompany\.example\/pay\/[\w-]{48}\]/u);
    expect(text).toContain('NL91 ABNA 0417 1643 00');
    expect(text).toContain('KvK 12345678');
    // The shipped file (under dist/ when the command runs compiled).
    expect(run.stderr).toMatch(/from \S*channels\/email\/templates\/nl\/ingebrekestelling\.mjml\.liquid\n/u);
  });

  it('--lang en and --format html give the English HTML part', async () => {
    const run = await preview('reminder_1', ['--lang', 'en', '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/iu);
    expect(run.stdout).toContain('<title>Reminder: invoice INV-2026-0042</title>');
  });

  it('--format pdf --out writes the printed letter: worded for paper, the logo on the letterhead', async () => {
    const logo = path.join(overrides, 'logo.png');
    writeFileSync(logo, makePng({ width: 300, height: 100 }));
    const out = path.join(overrides, 'letter.pdf');
    const run = await preview('ingebrekestelling', ['--format', 'pdf', '--out', out], {
      COMPANY_LOGO_FILE: logo,
      COMPANY_STREET: 'Damrak 1',
      COMPANY_POSTAL_CODE: '1012 LG',
      COMPANY_CITY: 'Amsterdam',
      COMPANY_COUNTRY: 'Nederland',
      COMPANY_PHONE: '+31 20 123 4567',
      COMPANY_EMAIL: 'debiteuren@ourcompany.example',
    });
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractPdfText(bytes)).replace(/\s+/gu, ' ');
    expect(text).toContain('Ingebrekestelling: factuur INV-2026-0042');
    expect(text).toContain('Wij stellen u hierbij in gebreke');
    // On paper: how to reach us, never "reply to this e-mail".
    expect(text).not.toMatch(/beantwoord|e-mail te beantwoorden/iu);
    expect(text).toContain('per post: Our Company B.V., Damrak 1, 1012 LG Amsterdam');
    expect(text).toContain('telefonisch: +31 20 123 4567');
    expect(text).toContain('per e-mail: debiteuren@ourcompany.example');
    // The logo is drawn: the PDF holds one image XObject.
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/u);
  });

  it('refuses pdf for a letter that has no PDF, and a logo file that is missing or no image', async () => {
    const reminder = await preview('reminder_1', ['--format', 'pdf', '--out', path.join(overrides, 'r.pdf')]);
    expect(reminder.code).toBe(2);
    expect(reminder.stderr).toContain('the reminder_1 letter goes by e-mail only and has no PDF');
    const noOut = await preview('ingebrekestelling', ['--format', 'pdf']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('give --out FILE.pdf');
    const missing = await preview('reminder_1', [], { COMPANY_LOGO_FILE: path.join(overrides, 'nope.png') });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope.png" does not exist');
    const text = path.join(overrides, 'logo.txt');
    writeFileSync(text, 'not an image');
    const notImage = await preview('reminder_1', [], { COMPANY_LOGO_FILE: text });
    expect(notImage.code).toBe(3);
    expect(notImage.stderr).toContain('is not a PNG or JPEG image');
  });

  it('refuses a step not on the ladder, an unknown invoice and a broken override, saying what to do', async () => {
    const step = await preview('veertiendagenbrief');
    expect(step.code).toBe(2);
    expect(step.stderr).toContain(
      'not on the company ladder; its steps are reminder_1, reminder_2, aanmaning, ingebrekestelling, incassobureau',
    );
    const invoice = await runCliProcess(['letters', 'preview', '--step', 'reminder_1', '--invoice', 'NOPE'], {
      env,
    });
    expect(invoice.code).toBe(2);
    expect(invoice.stderr).toContain('No invoice "NOPE"');
    const format = await preview('reminder_1', ['--format', 'doc']);
    expect(format.code).toBe(2);

    mkdirSync(path.join(overrides, 'nl'));
    const file = path.join(overrides, 'nl', 'reminder_1.mjml.liquid');
    const broken = readFileSync(
      path.join(SHIPPED_TEMPLATES_DIR, 'nl', 'reminder_1.mjml.liquid'),
      'utf8',
    ).replace('{{ total }}', '{{ bedrag }}');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((text) => text.includes('{{ bedrag }}')) + 1;
    for (const args of [
      ['letters', 'preview', '--step', 'reminder_1', '--invoice', 'INV-2026-0042'],
      ['dunning', 'run', '--dry-run'],
      // serve checks them before it starts anything, and does not start.
      ['serve'],
    ]) {
      const refused = await runCliProcess(args, {
        env: { ...env, PORT: '0', COLLECTIONS_TEMPLATES_DIR: overrides },
      });
      expect(refused.code, args.join(' ')).toBe(3);
      expect(refused.stderr).toContain(`${file}:${line}:`);
      expect(refused.stderr).toContain('undefined variable: bedrag');
    }
  });
});
