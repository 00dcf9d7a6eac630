import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladderForDebtor } from '../../../domain/dunning/ladder-for-debtor.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import type { ConsoleClient } from './support/console-client.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

const NAME = 'Bakkerij <b>Brood</b> & Zn';

describe('console letters preview', () => {
  let h: ConsoleHarness;
  let sales: ConsoleClient;
  let debtorId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startConsoleHarness();
    sales = (await h.signInAs('sam@acme.example', ['sales'], 'Sam Sales')).client;
    const seeded = await seedDebtor(h.slack.db, {
      reference: 'BROOD',
      name: NAME,
      language: 'nl',
      invoices: [
        { number: 'INV-BROOD-1', cents: 12_345, dueDate: addDays(today, -60) },
        { number: 'INV-BROOD-2', cents: 99_900, dueDate: addDays(today, -10) },
      ],
    });
    debtorId = seeded.debtorId;
  }, 60_000);
  afterAll(async () => h?.close());

  it("shows every ladder step's letter in the debtor's language for the longest overdue invoice, or the one picked", async () => {
    const page = await sales.get(`/console/debtors/${debtorId}/letters?lang=en`);
    expect(page.status).toBe(200);
    const ladder = ladderForDebtor(DEFAULT_POLICY, 'company');
    const sections = page.html.match(/<section class="card block"/gu) ?? [];
    expect(sections).toHaveLength(ladder.length);
    for (const step of ladder) expect(page.html).toContain(step.label);
    expect(page.html).toContain('Bakkerij &lt;b&gt;Brood&lt;/b&gt; &amp; Zn');
    expect(page.html).not.toContain('<b>Brood</b>');
    expect(page.html).toContain('<option value="INV-BROOD-1" selected>');
    // Dutch letters (the debtor's language) about the longest overdue invoice, in the English console.
    const letters = [...page.html.matchAll(/<pre class="letter"[^>]*lang="([a-z]+)">([^<]*)<\/pre>/gu)];
    expect(letters).toHaveLength(ladder.length);
    for (const [, language, text] of letters) {
      expect(language).toBe('nl');
      expect(text).toContain('INV-BROOD-1');
      expect(text).not.toContain('INV-BROOD-2');
    }
    expect(letters[0]![2]).toMatch(/123,45/u);
    // The PDF link only for the formal letters (the notice of default, for a company).
    expect(page.html.match(/\.pdf\?invoice=/gu)).toHaveLength(1);
    expect(page.html).toContain('/letters/ingebrekestelling.pdf?invoice=INV-BROOD-1');

    const picked = await sales.get(`/console/debtors/${debtorId}/letters?invoice=INV-BROOD-2`);
    expect(picked.html).toContain('<option value="INV-BROOD-2" selected>');
    expect(picked.html).toMatch(/999,00/u);
    expect((await sales.get(`/console/debtors/${debtorId}/letters?invoice=INV-OTHER`)).status).toBe(404);
  }, 60_000);

  it('serves the HTML part sandboxed and the formal letter as the PDF the run attaches', async () => {
    const html = await sales.get(`/console/debtors/${debtorId}/letters/aanmaning.html?invoice=INV-BROOD-1`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toMatch(
      /^sandbox; default-src 'none'; style-src 'unsafe-inline'/u,
    );
    expect(html.headers.get('content-disposition')).toBe('inline; filename="aanmaning-INV-BROOD-1.html"');
    expect(html.html).toContain('INV-BROOD-1');
    expect(html.html).not.toContain('<b>Brood</b>');

    const pdf = await fetch(
      `${h.baseUrl}/console/debtors/${debtorId}/letters/ingebrekestelling.pdf?invoice=INV-BROOD-1`,
      { headers: { cookie: [...sales.cookies].map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('; ') } },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain('INV-BROOD-1');
    expect(text).toContain('Bakkerij <b>Brood</b> & Zn');

    expect(
      (await sales.get(`/console/debtors/${debtorId}/letters/aanmaning.pdf?invoice=INV-BROOD-1`)).status,
    ).toBe(404);
    expect((await sales.get(`/console/debtors/${debtorId}/letters/no_such_step.html`)).status).toBe(404);
  }, 60_000);
});
