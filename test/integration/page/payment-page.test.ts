import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPaymentLinkToken } from '../../../channels/web/payment-link-token.ts';
import { seedPageInvoice } from './support/seed-page-invoice.ts';
import { LINK_SECRET, type PageHarness, startPageHarness } from './support/start-page-harness.ts';

const HOSTILE_NAME = `<script>alert(1)</script>"><img src=x onerror=alert(2)>'&`;

describe('payment page over HTTP', () => {
  let h: PageHarness;
  let invoiceId: string;
  let link: string;

  beforeAll(async () => {
    h = await startPageHarness({ PAGE_RATE_LIMIT_PER_MINUTE: '1000' });
    ({ invoiceId } = await seedPageInvoice(h.db, { name: HOSTILE_NAME, poNumber: '<b>PO</b>' }));
    link = h.linkFor(invoiceId);
  });
  afterAll(async () => h?.close());

  it('shows the invoice in the debtor language with security headers and no inline script', async () => {
    const response = await fetch(link);
    expect(response.status).toBe(200);
    // Intl puts a no-break space between € and the amount.
    const html = (await response.text()).replaceAll('\u00a0', ' ');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Factuur INV-PAGE-1');
    expect(html).toContain('€ 1.210,00');
    expect(html).toContain('1 oktober 2026');
    expect(html).toContain('Betaal € 1.210,00 met iDEAL');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('strict-transport-security')).toBeNull(); // http base URL
    // Every <script> has a src: nothing inline.
    expect([...html.matchAll(/<script\b[^>]*>/g)].every((m) => /\bsrc="/.test(m[0]))).toBe(true);
  });

  it('renders hostile debtor data as text', async () => {
    const html = await (await fetch(link)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>PO</b>');
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;',
    );
    expect(html).toContain('&lt;b&gt;PO&lt;/b&gt;');
  });

  it('switches to English with ?lang=en', async () => {
    const html = (await (await fetch(`${link}?lang=en`)).text()).replaceAll('\u00a0', ' ');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Invoice INV-PAGE-1');
    expect(html).toContain('Pay €1,210.00 with iDEAL');
    expect(html).toContain('1 October 2026');
  });

  it('serves the invoice as a PDF with the invoice data', async () => {
    const response = await fetch(`${link}/invoice.pdf?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Invoice INV-PAGE-1');
    expect(pdf.getAuthor()).toBe('Acme Supplies BV');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('answers a tampered or malformed link with a 404 page in both languages that names no invoice', async () => {
    const token = link.split('/pay/')[1]!;
    const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    for (const url of [`${h.baseUrl}/pay/${tampered}`, `${h.baseUrl}/pay/not-a-token`, `${h.baseUrl}/pay/`]) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('Deze link werkt niet');
      expect(html).toContain('This link does not work');
      expect(html).not.toContain('INV-PAGE-1');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    // A well-signed link to an invoice id that does not exist looks exactly the same.
    const ghost = signPaymentLinkToken(LINK_SECRET, {
      invoiceId: '00000000-0000-4000-8000-000000000000',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const ghostPage = await fetch(`${h.baseUrl}/pay/${ghost}`);
    expect(ghostPage.status).toBe(404);
    const invalidPage = await fetch(`${h.baseUrl}/pay/${tampered}`);
    expect(await ghostPage.text()).toBe(await invalidPage.text());
  });

  it('answers an expired link with a 410 page that tells how to get a new one', async () => {
    const expired = h.linkFor(invoiceId, { ttlDays: 1, now: new Date(Date.now() - 2 * 86_400_000) });
    const response = await fetch(`${expired}?lang=en`);
    expect(response.status).toBe(410);
    const html = await response.text();
    expect(html).toContain('This link has expired');
    expect(html).toContain('debiteuren@acme-incasso.example');
    expect(html).not.toContain('INV-PAGE-1');
    const nl = await (await fetch(expired)).text();
    expect(nl).toContain('Deze link is verlopen');
  });

  it('serves our assets and the Web Chat bundle, and nothing else under /assets', async () => {
    const js = await fetch(`${h.baseUrl}/assets/pay-page.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(await js.text()).toContain('/v3/directline/tokens/generate');
    const webchat = await fetch(`${h.baseUrl}/assets/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(webchat.status).toBe(200);
    expect((await webchat.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${h.baseUrl}/assets/../package.json`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/assets/%2e%2e%2fpackage.json`)).status).toBe(404);
  });

  it('refuses a checkout body over 1 KB with 413', async () => {
    const response = await fetch(`${link}/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `lang=nl&pad=${'x'.repeat(5000)}`,
    });
    expect(response.status).toBe(413);
    expect(h.mollie.requests.filter((r) => r.startsWith('POST'))).toHaveLength(0);
  });
});

describe('payment page rate limits', () => {
  let h: PageHarness;
  afterAll(async () => h?.close());

  it('limits requests per link token and per address with 429 and Retry-After', async () => {
    h = await startPageHarness({ PAGE_RATE_LIMIT_PER_MINUTE: '3' });
    const { invoiceId } = await seedPageInvoice(h.db);
    const link = h.linkFor(invoiceId);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(link)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(link);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.text()).toContain('Even geduld');
    // The address limit (2 × 3 = 6; 5 used) also stops guessing with bad tokens.
    const guesses: number[] = [];
    for (let i = 0; i < 2; i += 1) guesses.push((await fetch(`${h.baseUrl}/pay/${'A'.repeat(48)}`)).status);
    expect(guesses).toEqual([404, 429]);
  });
});
