import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPageAmount, formatPageDate } from '../../../channels/web/format-page-values.ts';
import { amsterdamDate } from '../../../domain/model/iso-date.ts';
import { toIsoDate } from '../../../prisma/sql/to-iso-date.ts';
import { buttonsOf, startTestChat } from '../../support/start-test-chat.ts';
import { seedPageInvoice } from './support/seed-page-invoice.ts';
import { type PageHarness, startPageHarness } from './support/start-page-harness.ts';

const plain = (html: string) => html.replaceAll('\u00a0', ' ');
const eur = (cents: number) => plain(formatPageAmount(cents, 'EUR', 'nl'));
const day = (iso: string) => formatPageDate(iso, 'nl');

/** The plan table's rows as the page shows them: [sequence, date, amount, state]. */
function planRows(html: string): string[][] {
  const table = /<table id="plan-instalments">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [
    ...table.matchAll(
      /<tr data-status="\w+"><td>(\d+)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g,
    ),
  ].map((m) => m.slice(1, 5));
}

/**
 * The payment page shows what is on file for the invoice: the plan arranged in the chat (the
 * same rows the database holds), an open dispute, a request waiting for finance; and offers only
 * the ways to pay that are configured.
 */
describe('payment page: the invoice as it stands (no payment provider)', () => {
  let h: PageHarness;
  beforeAll(async () => {
    h = await startPageHarness({ MOLLIE_API_KEY: '', PAGE_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(async () => h?.close());

  it('after a plan was arranged in the chat, the page shows that plan: every instalment, paid or not, and the next amount due', async () => {
    const { debtorId, invoiceId } = await seedPageInvoice(h.db, {
      reference: 'STAND-1',
      number: 'INV-STAND-1',
      cents: 120_000,
    });
    const chat = startTestChat(h.db, {
      debtorId,
      invoiceId,
      debtorName: 'Bakkerij De Zon BV',
      language: 'nl',
      invoiceNumber: 'INV-STAND-1',
      openCents: 120_000,
      dueDate: '2026-10-01',
    });
    const offer = await chat.say('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    await chat.say(buttonsOf(offer.at(-1)).find((o) => o.startsWith('3 ×'))!);
    await chat.say('Ja');
    const plan = await h.db.prisma.paymentPlan.findFirstOrThrow({
      where: { debtorId, status: 'active' },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    });
    await h.db.prisma.installment.update({
      where: { id: plan.installments[0]!.id },
      data: { paidCents: plan.installments[0]!.amountCents, status: 'paid' },
    });

    const html = plain(await (await fetch(h.linkFor(invoiceId))).text());
    expect(html).toContain('<h2 id="plan-title">Uw betalingsregeling</h2>');
    expect(planRows(html)).toEqual(
      plan.installments.map((row, n) => [
        String(row.sequence),
        day(toIsoDate(row.dueDate)),
        eur(row.amountCents),
        n === 0 ? 'Betaald' : 'Nog te betalen',
      ]),
    );
    const next = plan.installments[1]!;
    expect(html).toContain(
      `<dd id="next-due">${eur(next.amountCents)} op ${day(toIsoDate(next.dueDate))}</dd>`,
    );
    expect(html).toContain(`afgesproken op ${day(amsterdamDate(plan.approvedAt!))}`);
    // No provider: no pay button and no word of one; the configured IBAN with the reference instead.
    expect(html).not.toContain('id="pay-button"');
    expect(html).not.toMatch(/iDEAL|Betaal €/);
    expect(html).toContain(
      'Maak elke termijn over naar IBAN NL91ABNA0417164300, onder vermelding van factuur INV-STAND-1.',
    );
  });

  it('shows an open dispute and a request waiting for finance, with their dates', async () => {
    const { debtorId, invoiceId } = await seedPageInvoice(h.db, {
      reference: 'STAND-2',
      number: 'INV-STAND-2',
    });
    const dispute = await h.db.prisma.dispute.create({
      data: { debtorId, invoiceId, summary: 'goods missing', createdAt: new Date('2026-11-20T10:00:00Z') },
    });
    await h.db.prisma.proposal.create({
      data: {
        debtorId,
        invoiceId,
        action: 'request_plan_approval',
        rationale: 'test',
        requiresApproval: true,
        // As the policy stores a plan request: the one writer checks params against this schema.
        params: {
          invoiceIds: [invoiceId],
          replyLanguage: 'nl',
          schedule: {
            totalCents: 121_000,
            downPaymentCents: 0,
            count: 2,
            period: 'month',
            instalments: [
              { index: 0, kind: 'instalment', dueDate: '2026-12-20', amountCents: 60_500 },
              { index: 1, kind: 'instalment', dueDate: '2027-01-20', amountCents: 60_500 },
            ],
          },
          evaluation: { kind: 'needs_approval', reasons: ['longer than the policy allows'] },
          counterOffer: null,
        },
        createdAt: new Date('2026-11-25T09:00:00Z'),
      },
    });
    const html = plain(await (await fetch(h.linkFor(invoiceId))).text());
    expect(html).toContain(
      `Uw bezwaar tegen deze factuur van ${day(amsterdamDate(dispute.createdAt))} is vastgelegd`,
    );
    expect(html).toContain('Uw verzoek om een betalingsregeling van 25 november 2026 wacht op beoordeling');
    expect(html).not.toContain('plan-instalments');
  });

  it('without a provider or bank details, tells how to pay honestly', async () => {
    const bare = await startPageHarness({ MOLLIE_API_KEY: '', PAYMENT_IBAN: '' });
    try {
      const { invoiceId } = await seedPageInvoice(bare.db, { reference: 'STAND-3', number: 'INV-STAND-3' });
      const html = plain(await (await fetch(bare.linkFor(invoiceId))).text());
      expect(html).not.toContain('id="pay-button"');
      expect(html).toContain(
        'Maak het bedrag over naar de rekening op uw factuur, onder vermelding van factuur INV-STAND-3.',
      );
    } finally {
      await bare.close();
    }
  });
});

describe('payment page: with a payment provider', () => {
  let h: PageHarness;
  beforeAll(async () => {
    h = await startPageHarness({ PAGE_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(async () => h?.close());

  it('has the pay button, and the bank details as well', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, { reference: 'STAND-4', number: 'INV-STAND-4' });
    const html = plain(await (await fetch(h.linkFor(invoiceId))).text());
    expect(html).toContain(`id="pay-button">Betaal ${eur(121_000)} met iDEAL</button>`);
    expect(html).toContain('IBAN NL91ABNA0417164300, onder vermelding van factuur INV-STAND-4.');
  });
});
