import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import { dueDunningSteps } from '../../../../domain/dunning/due-dunning-steps.ts';
import type { DebtorKind } from '../../../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../../../domain/model/invoice.ts';
import { amsterdamDate } from '../../../../domain/model/iso-date.ts';
import { type CollectionsPolicy, DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { loadDunningCandidates } from '../../../../prisma/dunning/load-dunning-candidates.ts';
import { importLedger } from '../../../../prisma/ledger/import-ledger.ts';
import { toIsoDate } from '../../../../prisma/sql/to-iso-date.ts';
import { buildLedgerCsv } from '../../../support/build-ledger-csv.ts';
import { seedLedgerHistory } from '../../../support/seed-ledger-history.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// The database picks the invoices the ladder may act on today; the reference is the domain on
// every open, disputed and planned invoice of every debtor (what the run loaded before issue 15).
// Both must give every debtor the same letters and the same held invoices, on a ledger with
// ladder states of a daily run, steps not on the ladder or without a date, running, lifted and
// ended pauses, disputes, plans and amounts below the threshold. PGlite; PostgreSQL with DATABASE_URL.
const SEEDED_ON = '2026-11-23'; // a Monday
// Business days after it (a step due on each), a Saturday (held: not a business day), Christmas.
const DAYS = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-27',
  '2026-11-28',
  '2026-12-07',
  '2026-12-25',
  '2027-01-11',
];
const STRICT: CollectionsPolicy = {
  ...DEFAULT_POLICY,
  ladder: {
    ...DEFAULT_POLICY.ladder,
    ignoreBelowCents: 50_000,
    // Without aanmaning: invoices whose last step was one are "not on the ladder" and held.
    steps: DEFAULT_POLICY.ladder.steps
      .filter((step) => step.code !== 'aanmaning')
      .map((step) => ({ ...step, afterDays: step.afterDays + 2 })),
  },
};

describe('loadDunningCandidates', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const rows = readLedgerCsv(buildLedgerCsv({ invoices: 4000, today: SEEDED_ON, seed: 11 }), 'varied.csv');
    await importLedger({ prisma: db.prisma, rows });
    await seedLedgerHistory({ db: db.sql, today: SEEDED_ON });
  }, 300_000);
  afterAll(async () => db?.close());

  for (const [name, policy] of [
    ['default', DEFAULT_POLICY],
    ['strict', STRICT],
  ] as const) {
    for (const today of DAYS) {
      it(`decides as the domain on every invoice: ${name} policy, ${today}`, async () => {
        const expected = await everyDebtorsRun(db, today, policy);
        for (const runner of [db.sql, db.prisma]) {
          const candidates = await loadDunningCandidates({ db: runner, today, policy });
          const actual = candidates
            .map((debtor) => ({
              debtor: debtor.id,
              run: dueDunningSteps({
                invoices: debtor.invoices,
                states: debtor.states,
                pauses: debtor.pauses,
                debtor: { kind: debtor.kind },
                today,
                policy,
              }),
            }))
            .filter(({ run }) => run.letters.length > 0 || run.held.length > 0);
          expect(actual).toEqual(expected);
          // Only what the ladder acts on is read: far fewer than every overdue invoice.
          const read = candidates.reduce((sum, debtor) => sum + debtor.invoices.length, 0);
          const decided = expected.reduce(
            (sum, { run }) => sum + run.held.length + run.letters.flatMap((l) => l.invoices).length,
            0,
          );
          // A few more than decided: a step moved past a weekend, a holiday or a 14-day term is
          // decided by the domain (on a Saturday every step that fell on the weekend).
          expect(read).toBeGreaterThanOrEqual(decided);
          expect(read - decided).toBeLessThanOrEqual(Math.max(25, decided * 0.1));
        }
        expect(expected.length).toBeGreaterThan(20);
      });
    }
  }

  it('the ledger has letters, every kind of hold, and invoices not due today', async () => {
    const runs = (await everyDebtorsRun(db, '2026-11-24', DEFAULT_POLICY)).map(({ run }) => run);
    const reasons = runs.flatMap((run) => run.held.map((held) => held.reason.replace(/ .*/, '')));
    for (const reason of ['in', 'paused', 'ladder', 'last', 'open']) expect(reasons).toContain(reason);
    const steps = new Set(runs.flatMap((run) => run.letters.map((letter) => letter.step.code)));
    expect(steps.size).toBeGreaterThanOrEqual(4);
    const [count] = await db.sql.$queryRawUnsafe<{ overdue: number }[]>(
      `SELECT count(*)::int AS overdue FROM invoice WHERE status IN ('open', 'disputed', 'planned') AND due_date < '2026-11-24'`,
    );
    const candidates = await loadDunningCandidates({
      db: db.sql,
      today: '2026-11-24',
      policy: DEFAULT_POLICY,
    });
    const read = candidates.reduce((sum, debtor) => sum + debtor.invoices.length, 0);
    // Overdue invoices waiting for their next step are not read at all.
    expect(count!.overdue - read).toBeGreaterThan(count!.overdue / 4);
  });
});

/** The ladder as the run decided before issue 15: every debtor with an overdue invoice, all its open invoices. */
async function everyDebtorsRun(db: TestDatabase, today: string, policy: CollectionsPolicy) {
  const debtors = await db.prisma.debtor.findMany({
    where: {
      invoices: {
        some: {
          status: { in: ['open', 'disputed', 'planned'] },
          dueDate: { lt: new Date(`${today}T00:00:00Z`) },
        },
      },
    },
    include: {
      invoices: {
        where: { status: { in: ['open', 'disputed', 'planned'] } },
        include: {
          dunning: true,
          pauses: {
            where: { liftedAt: null, until: { gte: new Date(`${today}T00:00:00Z`) } },
            orderBy: [{ until: 'desc' }, { createdAt: 'asc' }],
          },
        },
        orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
      },
    },
    orderBy: { reference: 'asc' },
  });
  return debtors
    .map((debtor) => ({
      debtor: debtor.id,
      run: dueDunningSteps({
        invoices: debtor.invoices.map((invoice) => ({
          id: invoice.id,
          number: invoice.number,
          openCents: invoice.openCents,
          currency: 'EUR' as const,
          dueDate: toIsoDate(invoice.dueDate),
          status: invoice.status as InvoiceStatus,
        })),
        states: debtor.invoices
          .filter((invoice) => invoice.dunning)
          .map((invoice) => ({
            invoiceId: invoice.id,
            lastStepCode: invoice.dunning!.stepCode,
            lastStepSentOn: invoice.dunning!.lastStepAt ? amsterdamDate(invoice.dunning!.lastStepAt) : null,
          })),
        pauses: debtor.invoices.flatMap((invoice) =>
          invoice.pauses.map((pause) => ({
            invoiceId: invoice.id,
            until: toIsoDate(pause.until),
            reason: pause.reason,
          })),
        ),
        debtor: { kind: debtor.kind as DebtorKind },
        today,
        policy,
      }),
    }))
    .filter(({ run }) => run.letters.length > 0 || run.held.length > 0);
}
