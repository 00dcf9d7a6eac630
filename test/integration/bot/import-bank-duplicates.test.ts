import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideBankTransferReview } from '../../../bot/payments/decide-bank-transfer-review.ts';
import { buildCamt053 } from '../../support/build-camt053.ts';
import { buildMt940 } from '../../support/build-mt940.ts';
import { importBankFile } from '../../support/import-bank-file.ts';
import { ledgerCsvOf } from '../../support/ledger-csv-of.ts';
import { readInvoiceStanding } from '../../support/read-invoice-standing.ts';
import { type CliTestbed, startCliTestbed } from '../../support/start-cli-testbed.ts';

const LEDGER = [
  'ACME,Acme Trading B.V.,company,nl,ap@acme.example,,,F-2026-0101,2026-09-01,2026-10-01,100.00,100.00,EUR,',
  'VRIES,Bakkerij De Vries,company,nl,info@devries.example,,,F-2026-0102,2026-09-01,2026-10-01,250.00,250.00,EUR,',
  'COBALT,Cobalt Systems,company,en,ap@cobalt.example,,,F-2026-0103,2026-09-01,2026-10-01,300.00,300.00,EUR,',
  'DELTA,Delta Logistics,company,nl,ap@delta.example,,,F-2026-0104,2026-09-01,2026-10-01,200.00,200.00,EUR,',
  'ECHO,Echo Media,company,nl,ap@echo.example,,,F-2026-0105,2026-09-01,2026-10-01,100.00,100.00,EUR,',
];
/** Our account: one account for every file, as a customer with one bank would import. */
const OURS = 'NL91ABNA0417164300';
const ACME = 'NL20INGB0001234567';
const VRIES = 'NL02ABNA0123456789';
const COBALT = 'NL39RABO0300065264';
const DELTA = 'NL86INGB0002445588';
const ECHO = 'NL44RABO0123456789';

describe('import-bank counts money once when the same transaction comes in another statement (real database)', () => {
  let bed: CliTestbed;
  const inDb: CliTestbed['inDb'] = (work) => bed.inDb(work);

  const importBank = (name: string, text: string) => importBankFile({ bed, name, text });
  const standing = (number: string) => inDb((db) => readInvoiceStanding(db, number));

  beforeAll(async () => {
    bed = await startCliTestbed({ prefix: 'bank-dup-', ledgerCsv: ledgerCsvOf(LEDGER) });
  });
  afterAll(async () => bed?.drop());

  it('intraday report, then the day-end statement under another id: the payment is applied once', async () => {
    const transfer = {
      bankRef: 'ABN-9001',
      amount: '40.00',
      name: 'Acme Trading BV',
      iban: ACME,
      ustrd: ['F-2026-0101 deel'],
    };
    const intraday = await importBank(
      'intraday.xml',
      buildCamt053({
        account: OURS,
        statementId: 'INTRA-2026-12-01-1',
        entries: [{ ref: 'I-1', ...transfer }],
      }),
    );
    expect(intraday).toContain('1 new entries, 0 already imported');
    expect(await standing('F-2026-0101')).toEqual({ openCents: 6_000, payments: [4_000] });

    const dayEnd = buildCamt053({
      account: OURS,
      statementId: 'EOD-2026-12-01',
      entries: [{ ref: 'D-7', ...transfer }],
    });
    const report = await importBank('day-end.xml', dayEnd);
    expect(report).toContain(
      "0 new entries, 1 already imported (1 by the bank's reference in another statement)",
    );
    expect(report).toContain(
      "EUR 40.00 already imported from statement INTRA-2026-12-01-1 (intraday.xml), same bank's reference",
    );
    expect(await standing('F-2026-0101')).toEqual({ openCents: 6_000, payments: [4_000] });

    // And the day-end statement again is a no-op of the old kind.
    const again = await importBank('day-end-again.xml', dayEnd);
    expect(again).toContain('0 new entries, 1 already imported (1 in the same statement)');
    expect(await standing('F-2026-0101')).toEqual({ openCents: 6_000, payments: [4_000] });
    const rows = await inDb((db) =>
      db.prisma.bankEntry.findMany({ where: { bankReference: 'ABN-9001' }, orderBy: { createdAt: 'asc' } }),
    );
    expect(rows.map((r) => [r.statementId, r.outcome, r.duplicateOf === rows[0]?.id])).toEqual([
      ['INTRA-2026-12-01-1', 'applied', false],
      ['EOD-2026-12-01', 'duplicate', true],
    ]);
  });

  it('MT940 and CAMT.053 of the same account and day: applied once, known by the end-to-end id', async () => {
    const mt940 = await importBank(
      'day.mt940',
      buildMt940({
        account: OURS,
        lines: [
          {
            mark: 'C',
            amount: '50,00',
            bankRef: 'MT-REF-1',
            details: `/EREF/VRIES-DEC-50//CNTP/${VRIES}/ABNANL2A/Bakkerij de Vries/Urk/REMI/USTD//F-2026-0102 termijn/`,
          },
        ],
      }),
    );
    expect(mt940).toContain('F-2026-0102 50.00 (still open 200.00)');
    // The CAMT export gives the transaction another reference than the MT940 did.
    const camt = await importBank(
      'day.xml',
      buildCamt053({
        account: OURS,
        statementId: 'CAMT-2026-12-01',
        entries: [
          {
            ref: 'C-1',
            bankRef: 'CAMT-REF-1',
            endToEndId: 'VRIES-DEC-50',
            amount: '50.00',
            name: 'Bakkerij de Vries',
            iban: VRIES,
            ustrd: ['F-2026-0102 termijn'],
          },
        ],
      }),
    );
    expect(camt).toContain('0 new entries, 1 already imported (1 by the end-to-end id in another statement)');
    expect(camt).toContain(
      'already imported from statement 00001/001@2026-12-01 (day.mt940), same end-to-end id',
    );
    expect(await standing('F-2026-0102')).toEqual({ openCents: 20_000, payments: [5_000] });
  });

  it('a re-export of a period under new statement ids adds nothing, and a transfer it has that the first export had not is applied', async () => {
    const november = (statementId: string, extra: boolean) =>
      buildCamt053({
        account: OURS,
        statementId,
        entries: [
          {
            ref: 'N-1',
            bankRef: 'RABO-7001',
            bookingDate: '2026-11-28',
            amount: '120.00',
            name: 'Cobalt Systems',
            iban: COBALT,
            ustrd: ['F-2026-0103'],
          },
          ...(extra
            ? [
                {
                  ref: 'N-2',
                  bankRef: 'RABO-7002',
                  bookingDate: '2026-11-29',
                  amount: '30.00',
                  name: 'Cobalt Systems',
                  iban: COBALT,
                  ustrd: ['F-2026-0103'],
                },
              ]
            : []),
        ],
      });
    await importBank('november.xml', november('2026-11', false));
    expect(await standing('F-2026-0103')).toEqual({ openCents: 18_000, payments: [12_000] });
    const reexport = await importBank('november-reexport.xml', november('EXPORT-2026-12-05-2026-11', true));
    expect(reexport).toContain(
      "1 new entries, 1 already imported (1 by the bank's reference in another statement)",
    );
    expect(await standing('F-2026-0103')).toEqual({ openCents: 15_000, payments: [3_000, 12_000] });
  });

  it('two equal transfers in one statement are both applied', async () => {
    const equal = { amount: '30.00', name: 'Echo Media', iban: ECHO, ustrd: ['F-2026-0105'] };
    const report = await importBank(
      'echo.xml',
      buildCamt053({ account: OURS, statementId: 'ECHO-1', entries: [equal, equal] }),
    );
    expect(report).toContain('2 new entries, 0 already imported');
    expect(report).toContain('payments applied: 2, EUR 60.00');
    expect(await standing('F-2026-0105')).toEqual({ openCents: 4_000, payments: [3_000, 3_000] });
  });

  it('MT940 and CAMT.053 with different bank references and no end-to-end id: the second waits for finance, not applied again', async () => {
    await importBank(
      'echo.mt940',
      buildMt940({
        account: OURS,
        statement: '00002/001',
        lines: [
          {
            mark: 'C',
            amount: '10,00',
            bankRef: 'MT-ECHO-1',
            details: `/EREF/NOTPROVIDED//CNTP/${ECHO}/RABONL2U/Echo Media/Utrecht/REMI/USTD//F-2026-0105 rest/`,
          },
        ],
      }),
    );
    expect(await standing('F-2026-0105')).toEqual({ openCents: 3_000, payments: [1_000, 3_000, 3_000] });
    const camt = await importBank(
      'echo-day.xml',
      buildCamt053({
        account: OURS,
        statementId: 'ECHO-CAMT',
        entries: [
          {
            ref: 'C-1',
            bankRef: 'CAMT-ECHO-1',
            amount: '10.00',
            name: 'Echo Media',
            iban: ECHO,
            ustrd: ['F-2026-0105 rest'],
          },
        ],
      }),
    );
    expect(camt).toContain("for finance's review: 1");
    expect(camt).toContain('is likely already imported: statement 00002/001@2026-12-01 (echo.mt940)');
    expect(await standing('F-2026-0105')).toEqual({ openCents: 3_000, payments: [1_000, 3_000, 3_000] });
  });

  it('equal content in another statement, without a reference of the bank: finance reviews it, the balance is not lowered again', async () => {
    // Neither statement carries a bank reference or an end-to-end id: only the content tells.
    const same = { amount: '50.00', name: 'Delta Logistics', iban: DELTA, ustrd: ['F-2026-0104'] };
    await importBank(
      'delta-intraday.xml',
      buildCamt053({ account: OURS, statementId: 'D-INTRA', entries: [same] }),
    );
    expect(await standing('F-2026-0104')).toEqual({ openCents: 15_000, payments: [5_000] });
    // The day-end statement lists the first transfer again and a second, equal one that came later.
    const report = await importBank(
      'delta-day-end.xml',
      buildCamt053({ account: OURS, statementId: 'D-EOD', entries: [same, same] }),
    );
    expect(report).toContain('2 new entries, 0 already imported');
    expect(report).toContain('payments applied: 1, EUR 50.00');
    expect(report).toContain("for finance's review: 1");
    expect(report).toContain('is likely already imported: statement D-INTRA (delta-intraday.xml)');
    expect(await standing('F-2026-0104')).toEqual({ openCents: 10_000, payments: [5_000, 5_000] });
    const reviews = await inDb((db) =>
      db.prisma.providerPayment.findMany({ where: { provider: 'bank', outcome: 'needs_review' } }),
    );
    const delta = reviews.filter((r) => r.id.includes(':D-EOD:'));
    expect(delta.map((r) => [r.id, r.amountCents, r.invoiceId])).toEqual([[`${OURS}:D-EOD:#1`, 5_000, null]]);
    expect(delta[0]?.reviewReason).toMatch(
      /is likely already imported: statement D-INTRA \(delta-intraday\.xml\) has a transfer with the same account, booking and value date, amount, counterparty and text/,
    );
  });

  it('finance applies the likely repeat anyway, from review: once, through the payment path, audited', async () => {
    const id = `${OURS}:D-EOD:#1`;
    const decide = (applyDuplicate: boolean) =>
      inDb((db) =>
        decideBankTransferReview({
          db,
          providerPaymentId: id,
          invoiceNumber: 'F-2026-0104',
          applyDuplicate,
          actor: 'console:finance@acme.example',
        }),
      );
    expect(await decide(false)).toEqual({
      kind: 'confirm_duplicate',
      statementId: 'D-INTRA',
      sourceFile: 'delta-intraday.xml',
    });
    expect(await standing('F-2026-0104')).toEqual({ openCents: 10_000, payments: [5_000, 5_000] });

    expect(await decide(true)).toEqual({
      kind: 'applied',
      invoiceNumber: 'F-2026-0104',
      openCents: 5_000,
      reviewReason: null,
    });
    expect(await standing('F-2026-0104')).toEqual({ openCents: 5_000, payments: [5_000, 5_000, 5_000] });
    expect(await decide(true)).toMatchObject({ kind: 'refused' });
    expect(await standing('F-2026-0104')).toEqual({ openCents: 5_000, payments: [5_000, 5_000, 5_000] });

    await inDb(async (db) => {
      expect(await db.prisma.providerPayment.findUniqueOrThrow({ where: { id } })).toMatchObject({
        outcome: 'applied',
        reviewReason: null,
      });
      const entry = await db.prisma.bankEntry.findFirstOrThrow({
        where: { statementId: 'D-EOD', entryRef: '#1' },
      });
      expect(entry).toMatchObject({
        outcome: 'applied',
        matchRule: 'person',
        duplicateOf: expect.any(String),
      });
      const audit = await db.prisma.auditEvent.findMany({
        where: { type: 'payment.review_applied', entityId: id },
      });
      expect(audit).toEqual([
        expect.objectContaining({
          actor: 'console:finance@acme.example',
          data: expect.objectContaining({ appliedAnyway: true, flaggedAsDuplicateOf: entry.duplicateOf }),
        }),
      ]);
    });
  });
});
