import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import type { ProviderPayment } from '../../../domain/payments/payment-provider.ts';
import { importBankStatements } from '../../../prisma/payments/import-bank-statements.ts';
import { recordProviderPayment } from '../../../prisma/payments/record-provider-payment.ts';
import { openModalByClick } from './support/open-modal-by-click.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { FINANCE, OUTSIDER, type SlackHarness, startSlackHarness } from './support/start-slack-harness.ts';

const paid = (id: string, cents: number, currency: string, invoiceId: string | null): ProviderPayment => ({
  id,
  status: 'paid',
  amountCents: cents,
  currency,
  method: 'ideal',
  paidAt: new Date(),
  checkoutUrl: null,
  metadata: { invoiceId },
});

describe('payments that wait for a person', () => {
  let h: SlackHarness;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  it('reach finance in Slack once each, with what arrived and why it waits; applied payments do not', async () => {
    const { invoiceIds } = await seedDebtor(h.db, {
      reference: 'PAYREV-1',
      name: 'Review & Co',
      invoices: [
        { number: 'INV-PR-1', cents: 10_000, dueDate: addDays(today, -20) },
        { number: 'INV-PR-2', cents: 5_000, dueDate: addDays(today, -20) },
      ],
    });
    const record = (payment: ProviderPayment) =>
      recordProviderPayment({ prisma: h.db.prisma, provider: 'mollie', payment });
    expect(await record(paid('tr_usd', 10_000, 'USD', invoiceIds[0]!))).toMatchObject({
      kind: 'needs_review',
    });
    expect(await record(paid('tr_foreign', 500, 'EUR', null))).toMatchObject({ kind: 'needs_review' });
    expect(await record(paid('tr_over', 7_500, 'EUR', invoiceIds[1]!))).toMatchObject({
      kind: 'applied',
      reviewReason: expect.stringContaining('overpaid by 2500 cents'),
    });
    expect(await record(paid('tr_fine', 4_000, 'EUR', invoiceIds[0]!))).toMatchObject({
      kind: 'applied',
      reviewReason: null,
    });

    const round = await h.runtime.runOnce();
    expect(round.dispatched.paymentReviews).toBe(3);
    const posts = h.api
      .callsTo('chat.postMessage')
      .map((call) => call.args as { channel: string; text: string; blocks: unknown[] })
      .filter((args) => args.text.startsWith('A payment needs review'));
    expect(posts).toHaveLength(3);
    expect(posts.every((post) => post.channel === 'CFINANCE')).toBe(true);
    const byId = (id: string) => JSON.stringify(posts.find((post) => post.text.includes(id))?.blocks);
    expect(byId('tr_usd')).toContain('US$100.00');
    expect(byId('tr_usd')).toContain('payment is in USD, the invoice in EUR');
    expect(byId('tr_usd')).toContain('Review &amp; Co (PAYREV-1)');
    expect(byId('tr_usd')).toContain('applied to no invoice');
    expect(byId('tr_foreign')).toContain('the payment names no invoice of ours');
    expect(byId('tr_foreign')).toContain('Nothing was booked');
    expect(byId('tr_over')).toContain('INV-PR-2 (paid, open €0.00)');
    expect(byId('tr_over')).toContain('The payment is applied to the invoice');
    expect(posts.some((post) => post.text.includes('tr_fine'))).toBe(false);
    const stored = await h.db.prisma.slackMessage.findUniqueOrThrow({
      where: { key: 'payment_review:tr_usd' },
    });
    expect(stored.channel).toBe('CFINANCE');

    // The next rounds post nothing again.
    const again = await h.runtime.runOnce();
    expect(again.dispatched.paymentReviews).toBe(0);
    await h.runtime.runOnce();
    expect(
      h.api
        .callsTo('chat.postMessage')
        .filter((call) => (call.args as { text: string }).text.startsWith('A payment')),
    ).toHaveLength(3);
  });

  it('finance applies a bank transfer flagged as a likely repeat from the review, only when they tick "anyway"', async () => {
    await seedDebtor(h.db, {
      reference: 'PAYREV-2',
      name: 'Kade Transport',
      invoices: [{ number: 'INV-SR-1', cents: 20_000, dueDate: addDays(today, -20) }],
    });
    const transfer = (statementId: string) => ({
      format: 'camt053' as const,
      account: 'NL91ABNA0417164300',
      statementId,
      entries: [
        {
          location: 'Ntry[1]',
          reference: 'E-1',
          bankReference: null,
          endToEndId: null,
          bookingDate: today,
          valueDate: today,
          direction: 'credit' as const,
          reversal: false,
          returnCode: null,
          amountCents: 5_000,
          currency: 'EUR',
          counterpartyIban: 'NL86INGB0002445588',
          counterpartyName: 'Kade Transport',
          structuredReference: null,
          remittance: 'INV-SR-1',
        },
      ],
    });
    await importBankStatements({ prisma: h.db.prisma, statements: [transfer('SR-A')], sourceFile: 'a.xml' });
    await importBankStatements({ prisma: h.db.prisma, statements: [transfer('SR-B')], sourceFile: 'b.xml' });
    const id = 'NL91ABNA0417164300:SR-B:E-1';
    const open = async () =>
      (await h.db.prisma.invoice.findUniqueOrThrow({ where: { number: 'INV-SR-1' } })).openCents;
    expect(await open()).toBe(15_000);

    await h.runtime.runOnce();
    const review = h.api
      .callsTo('chat.postMessage')
      .map((call) => call.args as { text: string; blocks: unknown[] })
      .find((args) => args.text.includes(id))!;
    expect(JSON.stringify(review.blocks)).toContain('"action_id":"payment_apply"');

    const modal = await openModalByClick(h, {
      click: { actionId: 'payment_apply', value: id, user: FINANCE, channel: 'CFINANCE' },
      callbackId: 'payment_apply_invoice',
    });
    const submit = (invoice: string, anyway: boolean, user = FINANCE) =>
      modal.submit(
        {
          payment_invoice: { value: { type: 'plain_text_input', value: invoice } },
          payment_anyway: {
            value: { type: 'checkboxes', selected_options: anyway ? [{ value: 'anyway' }] : [] },
          },
        },
        user,
      );
    const outsider = JSON.parse((await submit('INV-SR-1', true, OUTSIDER)).text);
    expect(outsider).toMatchObject({ response_action: 'errors' });
    const flagged = JSON.parse((await submit('INV-SR-1', false)).text);
    expect(flagged.errors.payment_anyway).toContain('already imported from statement SR-A (a.xml)');
    const unknown = JSON.parse((await submit('INV-NOPE', true)).text);
    expect(unknown.errors.payment_invoice).toBe('Not applied: there is no invoice INV-NOPE.');
    expect(await open()).toBe(15_000);

    expect((await submit('INV-SR-1', true)).status).toBe(200);
    expect(await open()).toBe(10_000);
    expect(
      await h.db.prisma.auditEvent.findFirstOrThrow({
        where: { type: 'payment.review_applied', entityId: id },
      }),
    ).toMatchObject({ actor: `slack:${FINANCE}` });
    // The review message says who placed it where, button gone (as after the console's decision).
    const updates = h.api.callsTo('chat.update').length;
    await h.runtime.runOnce();
    const updated = h.api.callsTo('chat.update').slice(updates);
    expect(updated.map((call) => call.args.text)).toEqual([
      `<@${FINANCE}> applied €50.00 (bank ${id}) to invoice INV-SR-1; open now €100.00.`,
    ]);
    expect(JSON.stringify(updated[0]!.args.blocks)).not.toContain('payment_apply');
    const twice = JSON.parse((await submit('INV-SR-1', true)).text);
    expect(twice.errors.payment_invoice).toContain('no longer waits for review');
    expect(await open()).toBe(10_000);
  });
});
