import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUndispatchedSlackWork } from '../../../prisma/outbox/find-undispatched-slack-work.ts';
import { buildCamt053 } from '../../support/build-camt053.ts';
import { buildMt940 } from '../../support/build-mt940.ts';
import { ledgerCsvOf } from '../../support/ledger-csv-of.ts';
import { type CliTestbed, startCliTestbed } from '../../support/start-cli-testbed.ts';

const LEDGER = [
  'ACME,Acme Trading B.V.,company,nl,ap@acme.example,,,F-2026-0001,2026-09-01,2026-10-01,100.00,100.00,EUR,',
  'ACME,Acme Trading B.V.,company,nl,ap@acme.example,,,F-2026-0002,2026-09-15,2026-10-15,250.00,250.00,EUR,',
  'ACME,Acme Trading B.V.,company,nl,ap@acme.example,,,F-2026-0003,2026-08-01,2026-09-01,80.00,80.00,EUR,',
  'VRIES,Bakkerij De Vries,company,nl,info@devries.example,,,F-2026-0010,2026-09-01,2026-10-01,500.00,500.00,EUR,',
  'VRIES,Bakkerij De Vries,company,nl,info@devries.example,,,F-2026-0011,2026-10-01,2026-11-01,120.00,120.00,EUR,',
  'COBALT,Cobalt Systems,company,en,ap@cobalt.example,,,F-2026-0020,2026-09-01,2026-10-01,300.00,300.00,EUR,',
  'DELTA,Delta Logistics,company,nl,ap@delta.example,,,F-2026-0030,2026-09-01,2026-10-01,75.50,75.50,EUR,',
];

const ACME_IBAN = 'NL91ABNA0417164300';
const VRIES_IBAN = 'NL20INGB0001234567';

/** Ten entries, every case the matcher and the importer tell apart. */
const DECEMBER = buildCamt053({
  version: '08',
  statementId: '2026-12-01-001',
  entries: [
    { ref: 'E01', amount: '100.00', name: 'ACME TRADING BV', iban: ACME_IBAN, structured: 'F2026-0001' },
    {
      ref: 'E02',
      amount: '330.00',
      name: 'ACME TRADING BV',
      iban: ACME_IBAN,
      ustrd: ['facturen f 2026 0002 en', 'F-2026-0003'],
    },
    {
      ref: 'E03',
      amount: '200.00',
      name: 'Bakkerij de Vries',
      iban: VRIES_IBAN,
      ustrd: ['F-2026-0010 deel 1'],
    },
    { ref: 'E04', amount: '120.00', name: 'Bakkerij de Vries', iban: VRIES_IBAN, ustrd: ['bedankt'] },
    {
      ref: 'E05',
      amount: '300.00',
      name: 'COBALT SYSTEMS LTD',
      iban: 'GB29NWBK60161331926819',
      ustrd: ['F-2026-0O20'],
    },
    {
      ref: 'E06',
      amount: '50.00',
      direction: 'DBIT',
      name: 'ACME TRADING BV',
      reversal: true,
      ustrd: ['F-2026-0001'],
    },
    { ref: 'E07', amount: '80.00', name: 'Delta Logistics', returnCode: 'AC04', ustrd: ['F-2026-0030'] },
    { ref: 'E08', amount: '75.50', currency: 'USD', name: 'Delta Logistics', ustrd: ['F-2026-0030'] },
    { ref: 'E09', amount: '20.00', direction: 'DBIT', name: 'Energie BV', iban: 'NL02ABNA0123456789' },
    { ref: 'E10', amount: '80.00', name: 'Delta Logistics', ustrd: ['F-2026-0030'] },
  ],
});

describe('collections import-bank (the real CLI command, in-process, on a real database)', () => {
  let bed: CliTestbed;
  const invoice = (number: string) =>
    bed.inDb((db) => db.prisma.invoice.findUniqueOrThrow({ where: { number } }));
  const dunned = async () => {
    const result = await bed.run(['dunning', 'run', '--dry-run', '--json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { lines: { invoices: string[] }[] };
    // Every line counts, also "held: ... not a business day": the invoice is up for dunning.
    return report.lines.flatMap((l) => l.invoices).sort();
  };
  const counts = () =>
    bed.inDb(async (db) => ({
      entries: await db.prisma.bankEntry.count(),
      payments: await db.prisma.payment.count(),
      reviews: await db.prisma.providerPayment.count({ where: { outcome: 'needs_review' } }),
    }));

  beforeAll(async () => {
    bed = await startCliTestbed({ prefix: 'bank-', ledgerCsv: ledgerCsvOf(LEDGER) });
  });
  afterAll(async () => bed?.drop());

  it('applies what fits, partly pays, sends the rest to review, and the ladder no longer duns what was paid', async () => {
    expect(await dunned()).toEqual(
      [
        'F-2026-0001',
        'F-2026-0002',
        'F-2026-0003',
        'F-2026-0010',
        'F-2026-0011',
        'F-2026-0020',
        'F-2026-0030',
      ].sort(),
    );
    const result = await bed.run(['import-bank', bed.file('december.xml', DECEMBER)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('december.xml: 1 statement(s), 10 new entries, 0 already imported');
    expect(result.stdout).toContain('payments applied: 4, EUR 750.00');
    expect(result.stdout).toContain(
      'F-2026-0003 80.00 (paid), F-2026-0002 250.00 (paid) by invoice number in the text',
    );
    expect(result.stdout).toContain('F-2026-0011 120.00 (paid) by known account and exact amount');
    expect(result.stdout).toContain("for finance's review: 2");
    expect(result.stdout).toContain(
      'candidate F-2026-0020 (Cobalt Systems, open 300.00): same open amount, name 100% alike',
    );
    expect(result.stdout).toContain('not payments: 1 debit(s), 1 reversal(s), 1 return(s)');
    expect(result.stdout).toContain('other currencies, reported and not matched: 1');
    expect(result.stdout).toContain(
      "the bank reversed an incoming transfer of EUR 50.00: for finance's review: the bank reversed a transfer of €50.00",
    );

    for (const number of ['F-2026-0001', 'F-2026-0002', 'F-2026-0003', 'F-2026-0011']) {
      expect(await invoice(number)).toMatchObject({ status: 'paid', openCents: 0 });
    }
    // Partial payment lowers the open amount; the invoice stays dunned for the rest.
    expect(await invoice('F-2026-0010')).toMatchObject({ status: 'open', openCents: 30_000 });
    // The typo: nothing applied, waits for finance with the candidate.
    expect(await invoice('F-2026-0020')).toMatchObject({ status: 'open', openCents: 30_000 });
    // Overpaid by 4.50: applied, the invoice is paid, and the overpayment waits for finance.
    expect(await invoice('F-2026-0030')).toMatchObject({ status: 'paid', openCents: 0 });

    expect(await dunned()).toEqual(['F-2026-0010', 'F-2026-0020']);

    await bed.inDb(async (db) => {
      const reviews = await db.prisma.providerPayment.findMany({
        where: { provider: 'bank', outcome: 'needs_review' },
        orderBy: { id: 'asc' },
      });
      expect(reviews.map((r) => [r.id, r.amountCents, r.reviewReason])).toEqual([
        [
          'NL91ABNA0417164300:2026-12-01-001:E05',
          30_000,
          expect.stringMatching(
            /from COBALT SYSTEMS LTD \(GB29NWBK60161331926819\) names no invoice.*Candidates: F-2026-0020/,
          ),
        ],
        [
          'NL91ABNA0417164300:2026-12-01-001:E10',
          8_000,
          'overpaid by 450 cents: refund it or apply it to another invoice',
        ],
      ]);
      // The same flow a Mollie payment that does not fit takes: finance is told in Slack.
      const work = await findUndispatchedSlackWork({ prisma: db.prisma });
      expect([...work.paymentReviews].sort()).toEqual(reviews.map((r) => r.id));
      // One timeline line per invoice paid, like any payment.
      const acme = await db.prisma.message.findMany({
        where: { kind: 'payment', invoice: { number: { in: ['F-2026-0002', 'F-2026-0003'] } } },
        orderBy: { subject: 'asc' },
      });
      expect(acme.map((m) => m.subject)).toEqual(['Invoice F-2026-0002 paid', 'Invoice F-2026-0003 paid']);
      expect(acme[0]?.rawText).toContain('received via bank transfer');
      const kinds = await db.prisma.bankEntry.groupBy({
        by: ['kind'],
        _count: true,
        orderBy: { kind: 'asc' },
      });
      expect(kinds.map((k) => [k.kind, k._count])).toEqual([
        ['debit', 1],
        ['foreign', 1],
        ['payment', 6],
        ['return', 1],
        ['reversal', 1],
      ]);
    });
  });

  it('imports the same statement again without adding anything', async () => {
    const before = await counts();
    const again = await bed.run(['import-bank', bed.file('december-again.xml', DECEMBER)]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 new entries, 10 already imported');
    expect(await counts()).toEqual(before);
    expect(await invoice('F-2026-0010')).toMatchObject({ openCents: 30_000 });
  });

  it('keeps two entries a statement gives the same reference, and finds both again', async () => {
    const twins = buildCamt053({
      statementId: 'TWINS',
      entries: [
        { ref: 'SAME', amount: '1.00', ustrd: ['onbekend'] },
        { ref: 'SAME', amount: '2.00', ustrd: ['onbekend'] },
      ],
    });
    const first = await bed.run(['import-bank', bed.file('twins.xml', twins)]);
    expect(first.stdout).toContain('2 new entries, 0 already imported');
    const again = await bed.run(['import-bank', bed.file('twins-again.xml', twins)]);
    expect(again.stdout).toContain('0 new entries, 2 already imported');
    const refs = await bed.inDb((db) =>
      db.prisma.bankEntry.findMany({ where: { statementId: 'TWINS' }, orderBy: { entryRef: 'asc' } }),
    );
    expect(refs.map((r) => [r.entryRef, r.amountCents])).toEqual([
      ['SAME', 100],
      ['SAME~2', 200],
    ]);
  });

  it('reads MT940 the same way: a structured reference pays, and the account is known from then on', async () => {
    const mt940 = buildMt940({
      lines: [
        {
          mark: 'C',
          amount: '300,00',
          bankRef: 'ING0001',
          details:
            '/EREF/NOTPROVIDED//CNTP/GB29NWBK60161331926819/NWBKGB2L/Cobalt Systems Ltd/London/REMI/STRD/CUR/F 2026 0020/',
        },
        {
          mark: 'C',
          amount: '300,00',
          bankRef: 'ING0002',
          details:
            '/EREF/NOTPROVIDED//CNTP/NL20INGB0001234567/INGBNL2A/Bakkerij de Vries/Urk/REMI/USTD//rest/',
        },
      ],
    });
    const result = await bed.run(['import-bank', bed.file('ing.mt940', mt940)]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('F-2026-0020 300.00 (paid) by our reference');
    expect(result.stdout).toContain('F-2026-0010 300.00 (paid) by known account and exact amount');
    expect(await dunned()).toEqual([]);
  });

  it('a bad file imports nothing, also not the good file given with it, and says which line', async () => {
    const before = await counts();
    const good = bed.file(
      'good.xml',
      buildCamt053({ statementId: 'S2', entries: [{ ref: 'G1', amount: '10.00', ustrd: ['gift'] }] }),
    );
    const bad = bed.file(
      'bad.mt940',
      buildMt940({
        reference: 'BAD',
        lines: [{ mark: 'C', amount: '10,00', bankRef: 'B1', details: 'x' }],
      }).replace(':61:2612011201C10,00', ':61:2612011201C10.00'),
    );
    const result = await bed.run(['import-bank', good, bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.mt940 line 6:');
    expect(result.stderr).toContain('Nothing was imported');
    const badCamt = await bed.run([
      'import-bank',
      bed.file('bad.xml', buildCamt053({ statementId: 'S3', entries: [{ ref: 'X', amount: '1.000,00' }] })),
    ]);
    expect(badCamt.code).toBe(2);
    expect(badCamt.stderr).toContain('entry 1 (/Document/BkToCstmrStmt/Stmt[1]/Ntry[1])/Amt "1.000,00"');
    expect(await counts()).toEqual(before);
  });
});
