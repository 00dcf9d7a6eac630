import { describe, expect, it } from 'vitest';
import { renderPaymentReview } from '../../../../../channels/slack/blocks/render-payment-review.ts';
import type { PaymentReviewView } from '../../../../../channels/slack/blocks/slack-views.ts';

const view = (overrides: Partial<PaymentReviewView> = {}): PaymentReviewView => ({
  id: 'tr_WDqYK6vllg',
  provider: 'mollie',
  amountCents: 10_000,
  currency: 'USD',
  reason: 'payment is in USD, the invoice in EUR',
  invoice: {
    number: 'INV-REV-1',
    openCents: 10_000,
    status: 'open',
    debtorName: 'Acme BV',
    debtorReference: 'D-9',
  },
  booked: 'unapplied',
  ...overrides,
});

describe('renderPaymentReview', () => {
  it('shows what arrived, for which invoice and debtor, why it waits and what was booked; no buttons', () => {
    const body = renderPaymentReview(view());
    const json = JSON.stringify(body.blocks);
    expect(json).toContain('US$100.00');
    expect(json).toContain('mollie tr_WDqYK6vllg');
    expect(json).toContain('INV-REV-1 (open, open €100.00)');
    expect(json).toContain('Acme BV (D-9)');
    expect(json).toContain('payment is in USD, the invoice in EUR');
    expect(json).toContain('applied to no invoice');
    expect(body.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(body.text).toBe(
      'A payment needs review: US$100.00 (mollie tr_WDqYK6vllg): payment is in USD, the invoice in EUR',
    );
  });

  it('says so when the payment names no invoice of ours and nothing was booked', () => {
    const json = JSON.stringify(
      renderPaymentReview(view({ invoice: null, booked: 'nothing', currency: 'EUR', amountCents: 500 }))
        .blocks,
    );
    expect(json).toContain('€5.00');
    expect(json).toContain('_none of ours_');
    expect(json).toContain('Nothing was booked: no balance changed.');
  });

  it('escapes what came from outside and survives a currency code Intl does not know', () => {
    const body = renderPaymentReview(
      view({ currency: 'XX1', reason: '<!channel> see <http://evil|here>', id: 'tr_<@U1>' }),
    );
    const json = JSON.stringify(body);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U1>');
    expect(json).toContain('100.00 XX1');
  });
});
