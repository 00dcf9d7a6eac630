import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageSecurityHeaders } from '../../../../channels/web/page-security-headers.ts';
import { choosePageLanguage } from '../../../../channels/web/page-strings.ts';
import { renderErrorPage } from '../../../../channels/web/render-error-page.ts';
import { renderInvoicePdf } from '../../../../channels/web/render-invoice-pdf.ts';
import { type PaymentPageView, renderPaymentPage } from '../../../../channels/web/render-payment-page.ts';
import { NO_STANDING } from '../../../../domain/standing/invoice-standing.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</textarea><script>alert(1)</script>',
  'javascript:alert(1)',
];

const view = (over: Partial<PaymentPageView> = {}): PaymentPageView => ({
  companyName: 'Acme Supplies BV',
  debtorName: 'Bakkerij De Zon BV',
  invoiceNumber: 'INV-1',
  poNumber: 'PO-1',
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  amountCents: 121_000,
  openCents: 121_000,
  currency: 'EUR',
  status: 'open',
  contactEmail: 'debiteuren@acme.example',
  iban: 'NL91ABNA0417164300',
  standing: NO_STANDING,
  ...over,
});
const TOKEN = 'A'.repeat(48);
const render = (
  over: Partial<PaymentPageView> = {},
  options: Partial<Parameters<typeof renderPaymentPage>[0]> = {},
) =>
  renderPaymentPage({
    view: view(over),
    language: 'nl',
    token: TOKEN,
    canPayOnline: true,
    notice: null,
    ...options,
  });

/** Tags and attributes an attacker would need; none may appear outside our own markup. */
const injected = (html: string) => /<(script>|img\b|svg\b|\/textarea)|<[a-z][^>]*\son[a-z]+=/i.test(html);

describe('renderPaymentPage', () => {
  it.each(HOSTILE)('renders %j in every debtor-derived field as text', (hostile) => {
    const html = render({
      debtorName: hostile,
      poNumber: hostile,
      invoiceNumber: hostile,
      companyName: hostile,
    });
    expect(injected(html)).toBe(false);
    expect(html).not.toContain(`href="${hostile}`);
  });

  it('has lang, a viewport, landmarks, no inline script and the chat mount with data attributes', () => {
    const html = render();
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    for (const landmark of ['<header', '<main id="main"', '<footer', '<nav class="lang" aria-label="Taal"']) {
      expect(html).toContain(landmark);
    }
    expect(html).toMatch(/<script src="\/assets\/webchat\.js" defer><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/style="/);
    expect(html).toContain(`<div id="webchat" data-token="${TOKEN}" data-lang="nl"`);
    expect(html).toContain(`action="/pay/${TOKEN}/checkout"`);
  });

  it('offers bank transfer instead of a pay button without a provider', () => {
    const html = render({}, { canPayOnline: false, language: 'en' });
    expect(html).not.toContain('id="pay-button"');
    expect(html).toContain('IBAN NL91ABNA0417164300, quoting invoice INV-1.');
  });

  it('says a paid invoice is paid and offers no payment', () => {
    const html = render({ status: 'paid', openCents: 0 }, { language: 'en' });
    expect(html).toContain('This invoice is paid.');
    expect(html).not.toContain('id="pay-button"');
  });

  it('shows the return notice only while something is open', () => {
    expect(render({}, { notice: 'checking' })).toContain(
      'role="status">We hebben uw betaling nog niet binnen',
    );
    expect(render({}, { notice: 'not_completed', language: 'en' })).toContain(
      'The payment was not completed.',
    );
  });
});

describe('renderErrorPage', () => {
  it('speaks both languages when the debtor is unknown, and names no invoice', () => {
    const html = renderErrorPage({
      kind: 'invalid',
      language: null,
      companyName: 'Acme',
      contactEmail: null,
    });
    expect(html).toContain('<h1>Deze link werkt niet</h1>');
    expect(html).toContain('<h2>This link does not work</h2>');
    expect(html).toContain('<section lang="en">');
  });

  it('tells an expired link how to get a new one, in the asked language', () => {
    const html = renderErrorPage({
      kind: 'expired',
      language: 'en',
      companyName: 'Acme',
      contactEmail: 'ar@acme.example',
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('we will send you a new link');
    expect(html).toContain('ar@acme.example');
    expect(html).not.toContain('Deze link');
  });
});

describe('choosePageLanguage', () => {
  it.each([
    ['en', 'nl', 'en'],
    ['nl', 'en', 'nl'],
    [null, 'nl', 'nl'],
    [null, 'de', 'en'],
    ['fr', 'nl', 'nl'],
    [null, null, 'en'],
  ] as const)('?lang=%s with debtor language %s -> %s', (requested, debtor, expected) => {
    expect(choosePageLanguage(requested, debtor)).toBe(expected);
  });
});

describe('pageSecurityHeaders', () => {
  it('forbids inline script and framing, and sends HSTS only over https', () => {
    const http = pageSecurityHeaders({ https: false, checkoutOrigins: ['https://www.mollie.com'] });
    expect(http['content-security-policy']).toContain("script-src 'self';");
    expect(http['content-security-policy']).toContain("form-action 'self' https://www.mollie.com");
    expect(http['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(http['strict-transport-security']).toBeUndefined();
    expect(http['cache-control']).toBe('no-store');
    const https = pageSecurityHeaders({ https: true, checkoutOrigins: [], cacheable: true });
    expect(https['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(https['content-security-policy']).toContain("connect-src 'self' wss:");
    expect(https['cache-control']).toBe('public, max-age=3600');
  });
});

describe('renderInvoicePdf', () => {
  it('renders a one-page PDF, replacing characters the standard font cannot show', async () => {
    const bytes = await renderInvoicePdf({
      view: view({ debtorName: 'Café 北京 🙂 <script>', poNumber: null }),
      language: 'nl',
      pageUrl: `https://pay.example.nl/pay/${TOKEN}`,
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('Factuur INV-1');
  });
});
