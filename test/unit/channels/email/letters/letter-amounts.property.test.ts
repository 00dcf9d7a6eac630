import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterSettingsFor } from '../../../../../channels/email/letters/letter-settings.ts';
import { loadLetterTemplates } from '../../../../../channels/email/letters/load-letter-templates.ts';
import { computeWik } from '../../../../../domain/law/compute-wik.ts';
import { formatMoney, money } from '../../../../../domain/money.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');

/** Every amount a letter states is the computed one: each invoice, the total and the WIK costs. */
describe('letters state the computed amounts', () => {
  it('for any invoices, in both languages, the text and HTML carry each amount, the sum and the costs', async () => {
    const templates = await loadLetterTemplates();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 50_000_000 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('nl', 'en'),
        fc.constantFrom('ingebrekestelling', 'veertiendagenbrief'),
        async (amounts, language, name) => {
          const principalCents = amounts.reduce((sum, cents) => sum + cents, 0);
          const costsCents = computeWik({ principalCents }).wikCents;
          const letter = await templates.render({
            name,
            language,
            data: {
              company: { ...letterSettingsFor('Acme').company, iban: 'NL91ABNA0417164300' },
              debtorName: 'X',
              contactName: null,
              invoices: amounts.map((openCents, i) => ({
                number: `F-${i}`,
                openCents,
                dueDate: '2026-10-01',
              })),
              paymentLink: null,
              costsCents,
              earlierLetters: 3,
              letterDate: '2026-12-07',
            },
          });
          const eur = (cents: number) => plain(formatMoney(money(cents), language));
          for (const part of [plain(letter.text), plain(letter.html)]) {
            for (const cents of amounts) expect(part).toContain(eur(cents));
            expect(part).toContain(eur(principalCents));
            expect(part).toContain(eur(costsCents));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
