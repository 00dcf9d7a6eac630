import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaymentReviews } from '../../../prisma/payments/load-payment-reviews.ts';
import { buildCamt053 } from '../../support/build-camt053.ts';
import { connectFakeExactOnline } from '../../support/connect-fake-exact-online.ts';
import { type CliTestbed, startCliTestbed } from '../../support/start-cli-testbed.ts';
import {
  exactDate,
  exactReceivable,
  type FakeExactOnline,
  startExactOnlineServer,
} from '../../support/start-exact-online-server.ts';

// Issue 18's "done when", end to end through the real commands: with the ledger synced from a
// package (Exact Online on loopback) and the day's bank statement imported, no debtor who paid is
// reminded, whichever way the payment came in, and finance sees only the payments a person has to
// place.
const OURS = 'NL69INGB0123456789';
const DEBTORS = [
  { n: 1, name: 'Bakkerij Korenschoof B.V.', amount: 100 }, // Exact marks the invoice paid
  { n: 2, name: 'Drukkerij Het Anker B.V.', amount: 200 }, // the bookkeeper matches a payment in Exact
  { n: 3, name: 'Cobalt Systems B.V.', amount: 300 }, // pays by bank, the invoice number in the text
  { n: 4, name: 'Delta Logistiek B.V.', amount: 400 }, // does not pay: reminded
  { n: 5, name: 'Eik Interieur B.V.', amount: 500 }, // pays 510.00 by bank: paid, the 10.00 for finance
] as const;
const account = (n: number) => `6f1a0c5e-0000-4000-8000-00000000020${n}`;
const invoiceId = (n: number) => `9b2e4d10-0000-4000-8000-00000000020${n}`;
const number = (n: number) => String(26200 + n);

describe('the books are the truth: after the sync and the bank statement, nobody who paid is reminded', () => {
  let bed: CliTestbed;
  let exact: FakeExactOnline;
  let env: Record<string, string>;

  const dunned = async () => {
    const result = await bed.run(['dunning', 'run', '--dry-run', '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { lines: { invoices: string[] }[] };
    // Every line counts, also "held: ... not a business day": the invoice is up for dunning.
    return report.lines.flatMap((line) => line.invoices).sort();
  };
  const sync = async () => {
    const result = await bed.run(['sync', 'ledger', '--source', 'exact-online'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
  };

  beforeAll(async () => {
    bed = await startCliTestbed({ prefix: 'books-' });
    exact = await startExactOnlineServer();
    const key = randomBytes(32);
    await bed.inDb((db) => connectFakeExactOnline(db, exact, key));
    env = {
      LEDGER_TOKEN_KEY: key.toString('base64'),
      EXACT_ONLINE_CLIENT_ID: exact.clientId,
      EXACT_ONLINE_CLIENT_SECRET: exact.clientSecret,
      EXACT_ONLINE_BASE_URL: exact.url,
      PUBLIC_BASE_URL: 'http://127.0.0.1:1',
    };
    for (const { n, name, amount } of DEBTORS) {
      exact.accounts.push({
        ID: account(n),
        Code: `              ${4000 + n}`,
        Name: name,
        Email: `crediteuren@klant${n}.example`,
        Language: 'NL',
        Status: 'C',
        IsSales: true,
        Timestamp: 10 + n,
      });
      exact.salesInvoices.push({
        InvoiceID: invoiceId(n),
        InvoiceNumber: 26200 + n,
        InvoiceTo: account(n),
        OrderedBy: account(n),
        Currency: 'EUR',
        AmountFC: amount,
        AmountDC: amount,
        InvoiceDate: exactDate('2026-09-01'),
        DueDate: exactDate('2026-10-01'),
        Type: 8020,
        Status: 50,
        YourRef: null,
        Timestamp: 20 + n,
      });
      exact.receivables.push(
        exactReceivable({
          HID: n,
          AccountCode: `              ${4000 + n}`,
          AccountId: account(n),
          AccountName: name,
          Amount: amount,
          InvoiceNumber: 26200 + n,
          InvoiceDate: exactDate('2026-09-01'),
          DueDate: exactDate('2026-10-01'),
        }),
      );
    }
  }, 120_000);
  afterAll(async () => {
    await exact?.close();
    await bed?.drop();
  });

  it('package marked paid, payment matched in Exact, bank statement match: none reminded; finance places only what fits nothing', async () => {
    expect(await sync()).toContain('invoices: 5 created');
    expect(await dunned()).toEqual(DEBTORS.map(({ n }) => number(n)));

    // In Exact: invoice 26201 is marked paid (the invoice changes, its row version with it); the
    // bookkeeper matches a bank payment to 26202, which leaves the invoice as it was.
    const paidInExact = exact.salesInvoices.find((row) => row.InvoiceID === invoiceId(1))!;
    paidInExact.Timestamp = 31;
    exact.receivables.splice(0, 2);
    expect(await sync()).toContain('2 paid (dunning stopped)');

    // The day's statement: 26203 by its number, 26205 overpaid, and a transfer that fits nothing.
    const statement = buildCamt053({
      account: OURS,
      statementId: '2026-12-07-001',
      entries: [
        {
          ref: 'D1',
          amount: '300.00',
          name: 'COBALT SYSTEMS',
          iban: 'NL91ABNA0417164300',
          ustrd: ['factuur 26203'],
        },
        { ref: 'D2', amount: '510.00', name: 'Eik Interieur', iban: 'NL20INGB0001234567', ustrd: ['26205'] },
        { ref: 'D3', amount: '33.33', name: 'Onbekend', iban: 'NL44RABO0123456789', ustrd: ['bedankt'] },
      ],
    });
    const imported = await bed.run(['import-bank', bed.file('day.xml', statement)]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);

    // Nobody who paid is reminded, by any route: only the debtor who did not pay is.
    expect(await dunned()).toEqual([number(4)]);
    await bed.inDb(async (db) => {
      const invoices = await db.prisma.invoice.findMany({ orderBy: { number: 'asc' } });
      expect(invoices.map((i) => [i.number, i.status, i.openCents])).toEqual([
        ['26201', 'paid', 0],
        ['26202', 'paid', 0],
        ['26203', 'paid', 0],
        ['26204', 'open', 40_000],
        ['26205', 'paid', 0],
      ]);
      // Finance: exactly the transfer that fits nothing and the overpayment, nothing that was placed.
      const reviews = await loadPaymentReviews({ prisma: db.prisma });
      expect(reviews.provider).toEqual([]);
      expect(reviews.bank.map((review) => [review.amountCents, review.counterpartyName]).sort()).toEqual([
        [3_333, 'Onbekend'],
        [51_000, 'Eik Interieur'],
      ]);
    });
  }, 120_000);
});
