import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextOpenInstalment } from '../../../domain/standing/next-open-instalment.ts';
import { loadInvoiceStanding } from '../../../prisma/ledger/load-invoice-standing.ts';
import { buildCamt053 } from '../../support/build-camt053.ts';
import { buildMt940 } from '../../support/build-mt940.ts';
import { importBankFile } from '../../support/import-bank-file.ts';
import { ledgerCsvOf } from '../../support/ledger-csv-of.ts';
import { readInvoiceStanding } from '../../support/read-invoice-standing.ts';
import { type CliTestbed, startCliTestbed } from '../../support/start-cli-testbed.ts';

const LEDGER = [
  'ACME,Acme Trading B.V.,company,nl,ap@acme.example,,,R-2026-0001,2026-09-01,2026-10-01,100.00,100.00,EUR,',
  'VRIES,Bakkerij De Vries,company,nl,info@devries.example,,,R-2026-0002,2026-09-01,2026-10-01,250.00,250.00,EUR,',
  'TERMIJN,Termijn Techniek B.V.,company,nl,ap@termijn.example,,,R-2026-0003,2026-09-01,2026-10-01,300.00,300.00,EUR,',
  'RETOUR,Retour Retail B.V.,company,nl,ap@retour.example,,,R-2026-0004,2026-09-01,2026-10-01,120.00,120.00,EUR,',
  'INCASSO,Incasso Installatie B.V.,company,nl,ap@incasso.example,,,R-2026-0005,2026-09-01,2026-10-01,60.00,60.00,EUR,',
];
const RETOUR = 'NL39RABO0300065264';
const INCASSO = 'NL18ABNA0484869868';
const TERMIJN = 'NL86INGB0002445588';
const OURS = 'NL69INGB0123456789';
const ACME = 'NL20INGB0001234567';
const VRIES = 'NL02ABNA0123456789';

describe('import-bank undoes a reversed transfer we applied (CAMT RvslInd, MT940 RC)', () => {
  let bed: CliTestbed;
  const inDb: CliTestbed['inDb'] = (work) => bed.inDb(work);
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 's'.repeat(32),
    SLACK_FINANCE_CHANNEL: 'C0FINANCE',
    SLACK_SALES_CHANNEL: 'C0SALES',
    SLACK_FINANCE_APPROVERS: 'U0FIN',
    SLACK_SALES_USERS: 'U0SALES',
  };

  const importBank = (name: string, text: string) => importBankFile({ bed, name, text, env });
  const standing = (number: string) =>
    inDb(async (db) => {
      const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { number } });
      const lines = await db.prisma.message.findMany({
        where: { invoiceId: invoice.id, channel: 'system' },
        orderBy: { receivedAt: 'asc' },
        select: { rawText: true },
      });
      return {
        ...(await readInvoiceStanding(db, number)),
        status: invoice.status,
        lines: lines.map((l) => l.rawText),
      };
    });
  const told = () =>
    inDb(async (db) =>
      (await db.prisma.slackOutbox.findMany({ orderBy: { createdAt: 'asc' } })).map(
        (row) => (row.payload as { text?: string }).text ?? '',
      ),
    );

  beforeAll(async () => {
    bed = await startCliTestbed({ prefix: 'bank-rev-', ledgerCsv: ledgerCsvOf(LEDGER) });
  });
  afterAll(async () => bed?.drop());

  it('CAMT: a paid invoice is open again, once, with a system line and one message to finance', async () => {
    const paid = await importBank(
      'day1.xml',
      buildCamt053({
        account: OURS,
        statementId: 'S-2026-12-01',
        entries: [
          {
            ref: 'E-1',
            amount: '100.00',
            name: 'Acme Trading BV',
            iban: ACME,
            endToEndId: 'ACME-PAY-77',
            ustrd: ['R-2026-0001'],
          },
        ],
      }),
    );
    expect(paid).toContain('payments applied: 1');
    expect(await standing('R-2026-0001')).toMatchObject({ status: 'paid', openCents: 0, payments: [10_000] });

    const reversal = buildCamt053({
      account: OURS,
      statementId: 'S-2026-12-03',
      entries: [
        { ...reversalEntry(), ref: 'E-9' },
        // A reversal of money we never saw: review, with the entry's reference.
        {
          ref: 'E-10',
          amount: '12.34',
          direction: 'DBIT',
          reversal: true,
          name: 'Onbekend',
          iban: 'NL44RABO0123456789',
          ustrd: ['x'],
        },
      ],
    });
    const out = await importBank('day3.xml', reversal);
    expect(out).toContain(
      'the bank reversed an incoming transfer of EUR 100.00: our payment undone, R-2026-0001 open again (100.00)',
    );
    expect(out).toMatch(
      /EUR 12\.34: for finance's review: the bank reversed a transfer of €12\.34 from Onbekend \(NL44RABO0123456789\) that matches no transfer applied here \(entry reference E-10 in statement S-2026-12-03\)/,
    );
    const after = await standing('R-2026-0001');
    expect(after).toMatchObject({ status: 'open', openCents: 10_000, payments: [-10_000, 10_000] });
    expect(after.lines.at(-1)).toBe(
      'The bank reversed the transfer of €100.00 that paid invoice R-2026-0001 (entry reference E-9 in statement S-2026-12-03). Open again: €100.00; dunning resumes.',
    );
    const messages = await told();
    expect(messages.filter((t) => t.includes('R-2026-0001'))).toHaveLength(1);
    expect(messages.filter((t) => t.includes('E-10'))).toHaveLength(1);

    // Imported again, and the same reversal under another statement id: nothing more.
    await importBank('day3-again.xml', reversal);
    await importBank(
      'day3-reexport.xml',
      buildCamt053({
        account: OURS,
        statementId: 'S-2026-12-03-B',
        entries: [{ ...reversalEntry(), ref: 'X-9' }],
      }),
    );
    expect(await standing('R-2026-0001')).toMatchObject({
      status: 'open',
      openCents: 10_000,
      payments: [-10_000, 10_000],
    });
    expect((await told()).filter((t) => t.includes('R-2026-0001'))).toHaveLength(1);
    expect(
      (await inDb((db) => db.prisma.bankEntry.findFirstOrThrow({ where: { entryRef: 'E-9' } }))).outcome,
    ).toBe('reversed');
  });

  it('MT940: an RC entry undoes a part payment matched by invoice number', async () => {
    await importBank(
      'mt-1.sta',
      buildMt940({
        account: OURS,
        statement: '00010/001',
        lines: [
          {
            mark: 'C',
            amount: '50,00',
            bankRef: 'B-501',
            details: `/EREF/VRIES-1/CNTP/${VRIES}/ABNANL2A/De Vries/REMI/USTD//R-2026-0002/`,
            date: '261201',
          },
        ],
      }),
    );
    expect(await standing('R-2026-0002')).toMatchObject({ status: 'open', openCents: 20_000 });
    await importBank(
      'mt-2.sta',
      buildMt940({
        account: OURS,
        statement: '00011/001',
        lines: [
          {
            mark: 'RC',
            amount: '50,00',
            bankRef: 'B-777',
            details: `/EREF/VRIES-1/CNTP/${VRIES}/ABNANL2A/De Vries/REMI/USTD//R-2026-0002/`,
            date: '261202',
          },
        ],
      }),
    );
    expect(await standing('R-2026-0002')).toMatchObject({
      status: 'open',
      openCents: 25_000,
      payments: [-5_000, 5_000],
    });
  });

  it('a reversed transfer that paid plan instalments: they are unpaid again, the plan active, the timeline says so', async () => {
    const plan = await inDb(async (db) => {
      const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { number: 'R-2026-0003' } });
      const created = await db.prisma.paymentPlan.create({
        data: {
          debtorId: invoice.debtorId,
          status: 'active',
          totalCents: 30_000,
          installments: {
            create: ['2026-11-15', '2026-12-15', '2027-01-15'].map((due, k) => ({
              sequence: k + 1,
              dueDate: new Date(`${due}T00:00:00Z`),
              amountCents: 10_000,
            })),
          },
        },
      });
      await db.prisma.invoice.update({
        where: { id: invoice.id },
        data: { paymentPlanId: created.id, status: 'planned' },
      });
      return { id: created.id, invoiceId: invoice.id };
    });
    const transfer = (ref: string, amount: string, endToEndId: string, bookingDate: string) => ({
      ref,
      amount,
      bookingDate,
      name: 'Termijn Techniek',
      iban: TERMIJN,
      endToEndId,
      ustrd: ['R-2026-0003 termijn'],
    });
    await importBank(
      'plan-1.xml',
      buildCamt053({
        account: OURS,
        statementId: 'S-2026-11-14',
        entries: [
          transfer('P-1', '100.00', 'TT-1', '2026-11-14'),
          transfer('P-2', '200.00', 'TT-2', '2026-11-20'),
        ],
      }),
    );
    const planNow = () =>
      inDb(async (db) => {
        const { status, installments } = await db.prisma.paymentPlan.findUniqueOrThrow({
          where: { id: plan.id },
          include: { installments: { orderBy: { sequence: 'asc' } } },
        });
        const standing = await loadInvoiceStanding({ prisma: db.prisma, invoiceId: plan.invoiceId });
        return {
          status,
          instalments: installments.map((i) => [i.sequence, i.paidCents, i.status]),
          next: standing.plan ? (nextOpenInstalment(standing.plan.instalments)?.sequence ?? null) : null,
        };
      });
    expect(await planNow()).toEqual({
      status: 'completed',
      instalments: [
        [1, 10_000, 'paid'],
        [2, 10_000, 'paid'],
        [3, 10_000, 'paid'],
      ],
      next: null,
    });

    const reversal = buildCamt053({
      account: OURS,
      statementId: 'S-2026-11-21',
      entries: [{ ...transfer('RV-2', '200.00', 'TT-2', '2026-11-21'), direction: 'DBIT', reversal: true }],
    });
    await importBank('plan-2.xml', reversal);
    expect(await planNow()).toEqual({
      status: 'active',
      instalments: [
        [1, 10_000, 'paid'],
        [2, 0, 'due'],
        [3, 0, 'due'],
      ],
      next: 2,
    });
    const after = await standing('R-2026-0003');
    expect(after).toMatchObject({ status: 'planned', openCents: 20_000 });
    const line =
      "The bank reversed the transfer of €200.00 that paid invoice R-2026-0003 (entry reference RV-2 in statement S-2026-11-21). Open again: €200.00; dunning resumes. The payment plan's instalment 2 (€100.00 due 2026-12-15) and instalment 3 (€100.00 due 2027-01-15) are unpaid again (€200.00 taken back from the plan).";
    expect(after.lines.at(-1)).toBe(line);
    expect((await told()).filter((t) => t === line)).toHaveLength(1);

    // The same reversal again changes nothing.
    await importBank('plan-2-again.xml', reversal);
    expect((await planNow()).instalments).toEqual([
      [1, 10_000, 'paid'],
      [2, 0, 'due'],
      [3, 0, 'due'],
    ]);
  });

  it('a SEPA return of a transfer we applied is undone like a reversal, naming the reason, once; one of nothing goes to review', async () => {
    const paid = {
      ref: 'RT-1',
      amount: '120.00',
      bookingDate: '2026-12-01',
      name: 'Retour Retail',
      iban: RETOUR,
      endToEndId: 'RETOUR-INC-1',
      ustrd: ['R-2026-0004'],
    };
    await importBank('return-1.xml', buildCamt053({ account: OURS, statementId: 'S-R-1', entries: [paid] }));
    expect(await standing('R-2026-0004')).toMatchObject({ status: 'paid', openCents: 0 });

    const returns = buildCamt053({
      account: OURS,
      statementId: 'S-R-2',
      entries: [
        // The debtor's bank sends it back (MD06): a debit with the return reason, the same end-to-end id.
        {
          ...paid,
          ref: 'RT-9',
          bookingDate: '2026-12-04',
          direction: 'DBIT',
          returnCode: 'MD06',
          ustrd: ['RETOUR R-2026-0004'],
        },
        // A return of money we never applied: finance's review, as a reversal of nothing.
        {
          ref: 'RT-10',
          amount: '9.99',
          bookingDate: '2026-12-04',
          direction: 'DBIT',
          returnCode: 'AC04',
          name: 'Onbekend',
          iban: 'NL44RABO0123456789',
          endToEndId: 'NOT-OURS',
          ustrd: ['x'],
        },
      ],
    });
    const out = await importBank('return-2.xml', returns);
    expect(out).toContain('not payments: 0 debit(s), 0 reversal(s), 2 return(s)');
    expect(out).toContain(
      'the bank returned an incoming transfer of EUR 120.00: our payment undone, R-2026-0004 open again (120.00)',
    );
    expect(out).toContain(
      "the bank returned an incoming transfer of EUR 9.99: for finance's review: the bank returned a transfer of €9.99 from Onbekend (NL44RABO0123456789) that matches no transfer applied here (SEPA return AC04, account closed; entry reference RT-10 in statement S-R-2)",
    );
    const line =
      'The bank returned the transfer of €120.00 that paid invoice R-2026-0004 (SEPA return MD06, refund requested by the debtor; entry reference RT-9 in statement S-R-2). Open again: €120.00; dunning resumes.';
    const after = await standing('R-2026-0004');
    expect(after).toMatchObject({ status: 'open', openCents: 12_000, payments: [-12_000, 12_000] });
    expect(after.lines.at(-1)).toBe(line);
    expect((await told()).filter((t) => t === line)).toHaveLength(1);
    expect((await told()).filter((t) => t.includes('RT-10'))).toHaveLength(1);
    const outcomes = () =>
      inDb(async (db) =>
        (
          await db.prisma.bankEntry.findMany({
            where: { statementId: 'S-R-2' },
            orderBy: { entryRef: 'asc' },
          })
        ).map((e) => [e.entryRef, e.kind, e.outcome]),
      );
    expect(await outcomes()).toEqual([
      ['RT-10', 'return', 'needs_review'],
      ['RT-9', 'return', 'reversed'],
    ]);

    // The same file again: nothing more undone, nobody told twice.
    await importBank('return-2-again.xml', returns);
    expect(await standing('R-2026-0004')).toMatchObject({ openCents: 12_000, payments: [-12_000, 12_000] });
    expect((await told()).filter((t) => t === line)).toHaveLength(1);
  });

  it('MT940: a debit with /RTRN/ returns a direct debit we applied', async () => {
    const details = (extra: string) =>
      `${extra}/EREF/INCASSO-5/CNTP/${INCASSO}/ABNANL2A/Incasso Installatie/REMI/USTD//R-2026-0005/`;
    await importBank(
      'mt-r1.sta',
      buildMt940({
        account: OURS,
        statement: '00020/001',
        lines: [{ mark: 'C', amount: '60,00', bankRef: 'B-601', details: details(''), date: '261201' }],
      }),
    );
    expect(await standing('R-2026-0005')).toMatchObject({ status: 'paid', openCents: 0 });
    await importBank(
      'mt-r2.sta',
      buildMt940({
        account: OURS,
        statement: '00021/001',
        lines: [
          { mark: 'D', amount: '60,00', bankRef: 'B-602', details: details('/RTRN/MS02'), date: '261203' },
        ],
      }),
    );
    const after = await standing('R-2026-0005');
    expect(after).toMatchObject({ status: 'open', openCents: 6_000, payments: [-6_000, 6_000] });
    expect(after.lines.at(-1)).toMatch(
      /^The bank returned the transfer of €60\.00 that paid invoice R-2026-0005 \(SEPA return MS02, refused by the debtor; /,
    );
  });
});

/** The bank undoing Acme's transfer of 100.00: the same payer, end-to-end id and text. */
function reversalEntry() {
  return {
    amount: '100.00',
    direction: 'DBIT' as const,
    reversal: true,
    bookingDate: '2026-12-03',
    name: 'Acme Trading BV',
    iban: ACME,
    endToEndId: 'ACME-PAY-77',
    ustrd: ['R-2026-0001'],
  };
}
