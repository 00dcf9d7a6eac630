import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDunning } from '../../../bot/dunning/run-dunning.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { verifyPaymentLinkToken } from '../../../channels/web/payment-link-token.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { createTestTarget } from '../../support/test-database.ts';
import { useTestDatabase } from '../../support/use-test-database.ts';
import { seedPageInvoice } from '../page/support/seed-page-invoice.ts';

const SECRET = 'links-test-secret-0123456789abcdef0123456789';
const BASE = 'https://pay.acme.example';
// A Tuesday, a business day: the ladder only sends on business days.
const NOW = new Date('2026-11-24T09:00:00Z');

function tokenIn(text: string): string {
  const match = /https:\/\/pay\.acme\.example\/pay\/([A-Za-z0-9_-]{48})/.exec(text);
  if (!match) throw new Error(`no payment link in:\n${text}`);
  return match[1]!;
}

describe('payment links in dunning reminders', () => {
  const db = useTestDatabase();

  it('each reminder links to the invoice payment page; a paid invoice gets no reminder', async () => {
    const one = await seedPageInvoice(db, { reference: 'DUN-1', number: 'INV-DUN-1', dueDate: '2026-10-01' });
    const two = await seedPageInvoice(db, {
      reference: 'DUN-2',
      number: 'INV-DUN-2A',
      dueDate: '2026-10-01',
    });
    const twoB = await seedPageInvoice(db, {
      reference: 'DUN-2',
      number: 'INV-DUN-2B',
      dueDate: '2026-10-02',
    });
    await seedPageInvoice(db, { reference: 'DUN-3', number: 'INV-DUN-3', status: 'paid', openCents: 0 });
    const deps = {
      prisma: db.prisma,
      // The payment page set up: a signed link per invoice in the letters.
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@acme.example',
        EMAIL_REPLY_TOKEN_SECRET: 'dunning-test-secret-with-at-least-32-chars',
        PAYMENT_LINK_SECRET: SECRET,
        PUBLIC_BASE_URL: BASE,
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Acme Supplies BV',
      log: () => undefined,
      now: () => NOW,
    };
    const report = await runDunning({
      deps,
      sender: null,
      dryRun: false,
    });
    expect(report.lines.filter((l) => l.outcome === 'queued').map((l) => l.invoices)).toEqual([
      ['INV-DUN-1'],
      ['INV-DUN-2A', 'INV-DUN-2B'],
    ]);
    expect(report.lines.flatMap((l) => l.invoices)).not.toContain('INV-DUN-3');
    const mails = await db.prisma.message.findMany({
      where: { kind: 'reminder', direction: 'outbound' },
      orderBy: { subject: 'asc' },
    });
    const single = mails.find((m) => m.invoiceId === one.invoiceId)!;
    expect(single.rawText).toMatch(/Betaal €\s?[\d.,]+ \[https:\/\/pay\.acme\.example\/pay\//u);
    const check = verifyPaymentLinkToken(SECRET, tokenIn(single.rawText), NOW);
    expect(check).toMatchObject({ ok: true, invoiceId: one.invoiceId });
    // A letter about two invoices carries one link under each.
    const double = mails.find((m) => m.debtorId === two.debtorId)!;
    const tokens = [
      ...double.rawText.matchAll(
        /Betaal factuur INV-DUN-2[AB] \[https:\/\/pay\.acme\.example\/pay\/([\w-]{48})\]/g,
      ),
    ].map((m) => verifyPaymentLinkToken(SECRET, m[1]!, NOW));
    expect(tokens.map((t) => (t.ok ? t.invoiceId : t.reason))).toEqual([two.invoiceId, twoB.invoiceId]);
  });
});

describe('collections link <invoice number>', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    database = await createTestTarget();
    const db = await openDatabase({ target: database.target, migrate: true });
    try {
      await seedPageInvoice(db, { number: 'INV-LINK-1' });
    } finally {
      await db.close();
    }
  });
  afterAll(async () => database?.drop());

  it('prints a signed payment-page URL for the invoice, and explains what is missing', async () => {
    const env = { ...database.env, PAYMENT_LINK_SECRET: SECRET, PUBLIC_BASE_URL: `${BASE}/` };
    const ok = await runCliProcess(['link', 'INV-LINK-1', '--json'], { env });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const printed = JSON.parse(ok.stdout) as { invoice: string; url: string; expiresAt: string };
    expect(printed.invoice).toBe('INV-LINK-1');
    const check = verifyPaymentLinkToken(SECRET, tokenIn(printed.url), new Date());
    expect(check.ok).toBe(true);
    expect(Date.parse(printed.expiresAt) - Date.now()).toBeGreaterThan(59 * 86_400_000);

    const missing = await runCliProcess(['link', 'INV-NOPE'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No invoice "INV-NOPE"');

    const off = await runCliProcess(['link', 'INV-LINK-1'], {
      env: { ...database.env, PAYMENT_LINK_SECRET: '' },
    });
    expect(off.code).toBe(3);
    expect(off.stderr).toContain('PAYMENT_LINK_SECRET and PUBLIC_BASE_URL');
  });
});
