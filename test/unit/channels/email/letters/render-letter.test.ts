import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterData } from '../../../../../channels/email/letters/build-letter-variables.ts';
import { letterSettingsFor } from '../../../../../channels/email/letters/letter-settings.ts';
import {
  LETTER_TEMPLATE_NAMES,
  loadLetterTemplates,
  SHIPPED_LANGUAGES,
  SHIPPED_TEMPLATES_DIR,
} from '../../../../../channels/email/letters/load-letter-templates.ts';
import { renderLetter } from '../../../../../channels/email/letters/render-letter.ts';
import { ANSWER_TEMPLATE_NAMES } from '../../../../../channels/email/render-email.ts';
import { ACME_IDENTITY, ACME_INVOICES } from '../../../../support/fixture-acme-letter.ts';

/** One debtor's letter about two invoices, every field set: what the golden files show. */
const LETTER: LetterData = {
  company: ACME_IDENTITY,
  debtorName: "Café 't Hoekje",
  contactName: 'Jan de Vries',
  invoices: ACME_INVOICES,
  paymentLink: 'https://pay.acme.example/all?invoice=F2026-0060,F2026-0061',
  costsCents: 24_008,
  // Input as the executor stores it (compute-letter-interest.ts); shown by the notice of default.
  interest: { kind: 'commercial', upTo: '2026-12-07', totalCents: 2_531, basisPoints: 1015 },
  earlierLetters: 2,
  letterDate: '2026-12-07',
  answer: { instalments: [{ dueDate: '2027-01-04', amountCents: 80_025 }] },
};

const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');

describe('ladder letter templates (golden files)', async () => {
  const templates = await loadLetterTemplates();
  for (const language of SHIPPED_LANGUAGES) {
    for (const name of LETTER_TEMPLATE_NAMES) {
      it(`${language}/${name}: subject and text as in the golden file, amounts and links in the HTML`, async () => {
        const letter = await templates.render({ name, language, data: LETTER });
        await expect(`Subject: ${letter.subject}\n\n${letter.text}`).toMatchFileSnapshot(
          `golden/${language}/${name}.txt`,
        );
        expect(letter.language).toBe(language);
        expect(letter.file).toBe(path.join(SHIPPED_TEMPLATES_DIR, language, `${name}.mjml.liquid`));
        // The subject names the invoices in the debtor's language.
        expect(letter.subject).toContain('F2026-0060, F2026-0061');
        expect(letter.subject).toMatch(
          { nl: /factuur/u, en: /invoice/u, fr: /facture/u, de: /Rechnung/u }[language],
        );
        // Both parts carry every amount, each invoice's link and the whole letter's, the IBAN
        // with the reference and the company's registration numbers.
        for (const part of [plain(letter.text), plain(letter.html)]) {
          for (const expected of [
            ...{
              nl: ['€ 1.250,50', '€ 350,00', '€ 1.600,50'],
              en: ['€1,250.50', '€350.00', '€1,600.50'],
              fr: ['1 250,50 €', '350,00 €', '1 600,50 €'],
              de: ['1.250,50 €', '350,00 €', '1.600,50 €'],
            }[language],
            'https://pay.acme.example/pay/a',
            'https://pay.acme.example/pay/b',
            'NL91 ABNA 0417 1643 00',
            'F2026-0060 F2026-0061',
            '12345678',
            'NL001234567B01',
          ])
            expect(part).toContain(expected);
        }
        expect(letter.html).toContain('href="https://pay.acme.example/all?invoice=F2026-0060,F2026-0061"');
        expect(letter.html).toContain('src="https://acme.example/logo.png"');
        expect(letter.text).not.toMatch(/\d cents|WIK|\{\{|\{%/u);
      });
    }
  }
});

describe('tone and wording', async () => {
  const templates = await loadLetterTemplates();
  const text = async (name: string, language: string, data: Partial<LetterData> = {}) =>
    plain((await templates.render({ name, language, data: { ...LETTER, ...data } })).text);

  it('each step is a different letter: the tone escalates, not only the subject', async () => {
    const bodies = await Promise.all(LETTER_TEMPLATE_NAMES.map((name) => text(name, 'nl')));
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(bodies[0]).toContain('Wellicht is de betaling aan uw aandacht ontsnapt');
    expect(bodies[2]).toContain('Wij manen u hierbij aan');
    expect(bodies[3]).toContain('Wij stellen u hierbij in gebreke');
  });

  it('"eerdere herinneringen" is plural after two letters, singular after one', async () => {
    expect(await text('reminder_2', 'nl', { earlierLetters: 1 })).toContain(
      'Ondanks onze eerdere herinnering hebben',
    );
    expect(await text('aanmaning', 'nl', { earlierLetters: 2 })).toContain(
      'Ondanks onze eerdere herinneringen is',
    );
    expect(await text('reminder_2', 'en', { earlierLetters: 1 })).toContain('Despite our earlier reminder,');
    expect(await text('aanmaning', 'en', { earlierLetters: 2 })).toContain('Despite our earlier reminders,');
    // The notice of default names the formal demand only when one can have gone before.
    expect(await text('ingebrekestelling', 'nl', { earlierLetters: 3 })).toContain(
      'Ondanks onze eerdere herinneringen en aanmaning is',
    );
    expect(await text('ingebrekestelling', 'nl', { earlierLetters: 2 })).toContain(
      'Ondanks onze eerdere herinneringen is',
    );
  });

  it('the 14-day letter keeps the wording of art. 6:96 lid 6 BW and the exact costs', async () => {
    const nl = await text('veertiendagenbrief', 'nl');
    expect(nl).toContain('binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd');
    expect(nl).toContain('Deze kosten bedragen € 240,08.');
    expect(nl).toContain('Aan deze herinnering zijn geen kosten verbonden.');
    const en = await text('veertiendagenbrief', 'en');
    expect(en).toContain('within fourteen days from the day after this letter has been delivered to you');
    expect(en).toContain('These costs amount to €240.08.');
  });

  it('greets by the contact; without one, formally; the company is never greeted as a person', async () => {
    expect(await text('reminder_1', 'nl', { contactName: 'Anna' })).toContain('Beste Anna,');
    expect(await text('reminder_1', 'nl', { contactName: null })).toContain('Geachte heer/mevrouw,');
    expect(await text('reminder_1', 'en', { contactName: 'Mrs Smith' })).toContain('Dear Ms Smith,');
    expect(await text('reminder_1', 'nl')).not.toContain("Beste Café 't Hoekje");
  });

  it('a letter without identity or links still reads well: no empty IBAN line, no button', async () => {
    const bare = await templates.render({
      name: 'reminder_1',
      language: 'nl',
      data: {
        ...LETTER,
        company: letterSettingsFor(ACME_IDENTITY.legalName).company,
        invoices: [{ number: 'F1', openCents: 4_000, dueDate: '2026-10-01', payUrl: null }],
        paymentLink: null,
      },
    });
    expect(bare.text).not.toMatch(/overmaken|KvK|btw|Betaal/u);
    expect(bare.html).not.toContain('<img');
  });

  it('a French or German debtor gets a French or German letter; any other language English', async () => {
    expect((await templates.render({ name: 'reminder_1', language: 'fr', data: LETTER })).subject).toBe(
      'Rappel : facture F2026-0060, F2026-0061',
    );
    expect((await templates.render({ name: 'aanmaning', language: 'de', data: LETTER })).subject).toBe(
      'Mahnung: Rechnung F2026-0060, F2026-0061',
    );
    const italian = await templates.render({ name: 'reminder_1', language: 'it', data: LETTER });
    expect(italian.language).toBe('en');
    expect(italian.subject).toBe('Reminder: invoice F2026-0060, F2026-0061');
  });

  it('the 14-day letter in French and German keeps the term of art. 6:96 lid 6 BW and says it is Dutch law', async () => {
    const fr = await text('veertiendagenbrief', 'fr');
    expect(fr).toContain(
      'dans un délai de quatorze jours à compter du lendemain de la remise de cette lettre',
    );
    expect(fr).toContain('article 6:96, alinéa 6, du Code civil néerlandais');
    expect(fr).toContain("Ces frais s'élèvent à 240,08 €.");
    const de = await text('veertiendagenbrief', 'de');
    expect(de).toContain('innerhalb von vierzehn Tagen ab dem Tag nach der Zustellung dieses Schreibens');
    expect(de).toContain('Art. 6:96 Abs. 6 des niederländischen Bürgerlichen Gesetzbuchs');
    expect(de).toContain('Diese Kosten betragen 240,08 €.');
  });

  it('on paper a letter says how to reach us by post, telephone and e-mail, never "reply to this e-mail"', async () => {
    const expected: Record<string, [RegExp, string]> = {
      nl: [
        /e-mail te beantwoorden|beantwoord/iu,
        'per post: Acme Supplies B.V., Damrak 1, 1012 LG Amsterdam',
      ],
      en: [/reply(ing)? to this e-mail/iu, 'by post: Acme Supplies B.V., Damrak 1, 1012 LG Amsterdam'],
      fr: [/à cet e-mail/iu, 'par courrier : Acme Supplies B.V., Damrak 1, 1012 LG Amsterdam'],
      de: [/auf diese E-Mail/iu, 'per Post: Acme Supplies B.V., Damrak 1, 1012 LG Amsterdam'],
    };
    for (const [language, [reply, post]] of Object.entries(expected)) {
      for (const name of LETTER_TEMPLATE_NAMES) {
        const paper = await text(name, language, { onPaper: true });
        expect(paper, `${language}/${name}`).not.toMatch(reply);
        expect(paper, `${language}/${name}`).toContain(post);
        expect(paper).toContain('+31 20 123 4567');
        expect(paper).toContain('debiteuren@acme.example');
        // The PDF has its own letterhead, payment block and footer: no links, no repeated footer.
        expect(paper).not.toContain('https://');
        const mail = await text(name, language);
        expect(mail, `${language}/${name} by e-mail`).toMatch(reply);
      }
    }
  });
});

describe('renderLetter: which template words a step', () => {
  const settings = { company: ACME_IDENTITY, templatesDir: null };
  const request = {
    debtorName: 'X',
    contactName: null,
    invoices: LETTER.invoices,
    paymentLink: null,
    costsCents: 1_000,
    letterDate: '2026-12-07',
  };

  it.each([
    // A policy step with its own code is worded by what it does.
    {
      step: { letterKind: 'default_notice', stepCode: 'laatste_kans', stepIndex: 3 },
      language: 'en',
      subject: 'Notice of default: invoice F2026-0060, F2026-0061',
    },
    // The first reminder and a shipped step code pick their own file.
    {
      step: { letterKind: 'reminder', stepCode: 'reminder_1', stepIndex: 0 },
      language: 'nl',
      subject: 'Herinnering: factuur F2026-0060, F2026-0061',
    },
    {
      step: { letterKind: 'notice', stepCode: 'aanmaning', stepIndex: 2 },
      language: 'nl',
      subject: 'Aanmaning: factuur F2026-0060, F2026-0061',
    },
  ] as const)(
    'step $step.stepCode ($step.letterKind) in $language: its own wording',
    async ({ step, language, subject }) => {
      const letter = await renderLetter({ letter: { ...request, ...step }, language, settings });
      expect(letter.subject).toBe(subject);
    },
  );
});

describe('VARIABLES.md', () => {
  const doc = readFileSync(path.join(SHIPPED_TEMPLATES_DIR, 'VARIABLES.md'), 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z_.[\]]+)` \|/gmu)].map((match) => match[1]!);
  const sources = [
    ...LETTER_TEMPLATE_NAMES,
    ...ANSWER_TEMPLATE_NAMES,
    '_layout',
    '_answer',
    '_contact',
    '_invoices',
  ]
    .flatMap((name) => SHIPPED_LANGUAGES.map((l) => `${l}/${name}`))
    .map((id) => readFileSync(path.join(SHIPPED_TEMPLATES_DIR, `${id}.mjml.liquid`), 'utf8'))
    .join('\n');

  it('documents exactly the variables a template is given', async () => {
    const { buildLetterVariables } = await import(
      '../../../../../channels/email/letters/build-letter-variables.ts'
    );
    const variables = { subject: '', ...buildLetterVariables({ data: LETTER, language: 'nl' }) };
    const given: string[] = [];
    for (const [key, value] of Object.entries(variables)) {
      if (Array.isArray(value)) {
        given.push(key);
        for (const field of Object.keys(value[0])) given.push(`${key}[].${field}`);
      } else if (value && typeof value === 'object') {
        for (const field of Object.keys(value)) given.push(`${key}.${field}`);
      } else given.push(key);
    }
    expect(documented.sort()).toEqual(given.sort());
  });

  it('every documented variable is used by a shipped template', () => {
    for (const name of documented) {
      const used = name.replace(/^invoices\[\]\./u, 'invoice.').replace(/^instalments\[\]\./u, 'part.');
      expect(sources, `${name} is documented but no template uses it`).toMatch(
        new RegExp(`(\\{\\{|\\{%[^%]*)\\s*[^}%]*\\b${used.replace(/[.[\]]/gu, '\\$&')}\\b`, 'u'),
      );
    }
  });
});
