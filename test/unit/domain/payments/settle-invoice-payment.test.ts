import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleInvoicePayment } from '../../../../domain/payments/settle-invoice-payment.ts';

const open = { openCents: 10_000, currency: 'EUR', status: 'open' as const };

describe('settleInvoicePayment', () => {
  it('pays an invoice in full', () => {
    expect(
      settleInvoicePayment({ invoice: open, payment: { amountCents: 10_000, currency: 'EUR' } }),
    ).toEqual({
      kind: 'applied',
      appliedCents: 10_000,
      openCents: 0,
      status: 'paid',
      overpaidCents: 0,
    });
  });

  it('lowers the balance on a part payment and keeps the status', () => {
    expect(
      settleInvoicePayment({
        invoice: { ...open, status: 'planned' },
        payment: { amountCents: 2_500, currency: 'EUR' },
      }),
    ).toEqual({
      kind: 'applied',
      appliedCents: 2_500,
      openCents: 7_500,
      status: 'planned',
      overpaidCents: 0,
    });
  });

  it('applies up to the balance and reports the rest as overpaid', () => {
    expect(
      settleInvoicePayment({ invoice: open, payment: { amountCents: 12_000, currency: 'EUR' } }),
    ).toMatchObject({
      kind: 'applied',
      openCents: 0,
      status: 'paid',
      overpaidCents: 2_000,
    });
  });

  it.each([
    [open, { amountCents: 10_000, currency: 'USD' }, 'payment is in USD, the invoice in EUR'],
    [
      { ...open, status: 'paid' as const, openCents: 0 },
      { amountCents: 100, currency: 'EUR' },
      'the invoice is already paid (nothing open)',
    ],
    [
      { ...open, status: 'credited' as const },
      { amountCents: 100, currency: 'EUR' },
      'the invoice is already credited (nothing open)',
    ],
    [open, { amountCents: 0, currency: 'EUR' }, 'payment amount 0 cents is not positive'],
  ])('sends %j paid with %j to a person', (invoice, payment, reason) => {
    expect(settleInvoicePayment({ invoice, payment })).toEqual({ kind: 'review', reason });
  });

  it('never creates or loses money: applied + overpaid = paid, balance never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (openCents, paid) => {
          const result = settleInvoicePayment({
            invoice: { openCents, currency: 'EUR', status: 'open' },
            payment: { amountCents: paid, currency: 'EUR' },
          });
          if (result.kind !== 'applied') throw new Error('expected applied');
          expect(result.appliedCents + result.overpaidCents).toBe(paid);
          expect(result.openCents).toBe(openCents - result.appliedCents);
          expect(result.openCents).toBeGreaterThanOrEqual(0);
          expect(result.status === 'paid').toBe(result.openCents === 0);
        },
      ),
    );
  });
});
