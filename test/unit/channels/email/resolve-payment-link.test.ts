import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { resolvePaymentLink } from '../../../../channels/email/resolve-payment-link.ts';
import { verifyPaymentLinkToken } from '../../../../channels/web/payment-link-token.ts';

const SECRET = 'a-payment-link-secret-of-at-least-32-chars';
const NOW = new Date('2026-11-23T10:00:00Z');

describe('resolvePaymentLink', () => {
  const one = [{ id: randomUUID(), number: 'INV-1' }];
  const two = [...one, { id: randomUUID(), number: 'INV 2' }];

  it('links one invoice to our payment page with a token that opens exactly that invoice', () => {
    const email = readEmailConfig({
      PAYMENT_LINK_SECRET: SECRET,
      PUBLIC_BASE_URL: 'https://pay.example.nl/',
    });
    const url = resolvePaymentLink({ email, invoices: one, now: NOW });
    expect(url).toMatch(/^https:\/\/pay\.example\.nl\/pay\/[A-Za-z0-9_-]{48}$/);
    const token = url!.split('/').at(-1)!;
    const check = verifyPaymentLinkToken(SECRET, token, NOW);
    expect(check.ok && check.invoiceId).toBe(one[0]!.id);
  });

  it('falls back to the EMAIL_PAYMENT_LINK_URL template for several invoices or without the page', () => {
    const both = readEmailConfig({
      PAYMENT_LINK_SECRET: SECRET,
      PUBLIC_BASE_URL: 'https://pay.example.nl',
      EMAIL_PAYMENT_LINK_URL: 'https://psp.example/i/{invoice}',
    });
    expect(resolvePaymentLink({ email: both, invoices: two, now: NOW })).toBe(
      'https://psp.example/i/INV-1%2CINV%202',
    );
    const templateOnly = readEmailConfig({ EMAIL_PAYMENT_LINK_URL: 'https://psp.example/i/{invoice}' });
    expect(resolvePaymentLink({ email: templateOnly, invoices: one, now: NOW })).toBe(
      'https://psp.example/i/INV-1',
    );
  });

  it('gives no link when neither is configured, or several invoices and only the page', () => {
    expect(resolvePaymentLink({ email: readEmailConfig({}), invoices: one, now: NOW })).toBeNull();
    const pageOnly = readEmailConfig({
      PAYMENT_LINK_SECRET: SECRET,
      PUBLIC_BASE_URL: 'https://pay.example.nl',
    });
    expect(resolvePaymentLink({ email: pageOnly, invoices: two, now: NOW })).toBeNull();
  });
});
