import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWaitingElsewhere } from '../../../../prisma/messages/count-waiting-elsewhere.ts';
import { loadPaymentReviews } from '../../../../prisma/payments/load-payment-reviews.ts';
import { loadPaymentsForReview } from '../../../../prisma/payments/load-payments-for-review.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';
import { seedDebtor } from '../../slack/support/seed-debtor.ts';

const ACCOUNT = 'NL91ABNA0417164300';

type PrismaClient = TestDatabase['prisma'];

/** The client with a count of the queries it sends (model operations and raw SQL alike). */
function counting(prisma: PrismaClient): { prisma: PrismaClient; queries: () => number } {
  let count = 0;
  const counted = prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        count++;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  return { prisma: counted, queries: () => count };
}

/**
 * The triage page's provider payments: one batch (a fixed number of queries, however many rows),
 * the same rows the inbox counts (one condition, PROVIDER_PAYMENTS_TO_REVIEW), and the same review
 * of a payment whether it is loaded with the list or by its id (Slack's payment review).
 */
describe('provider payments waiting for review', () => {
  let db: TestDatabase;
  let invoiceId: string;
  let debtorId: string;
  let next = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    const seeded = await seedDebtor(db, {
      reference: 'REV-1',
      name: 'Review Debtor BV',
      invoices: [{ number: 'INV-REV-1', cents: 40_000, dueDate: '2026-10-01' }],
    });
    debtorId = seeded.debtorId;
    invoiceId = seeded.invoiceIds[0]!;
  });
  afterAll(async () => {
    await db?.close();
  });

  /** One of each kind the list shows, and a bank transfer whose statement entry waits too. */
  const seedKinds = async () => {
    const n = next++;
    const prisma = db.prisma;
    const applied = await prisma.payment.create({
      data: {
        debtorId,
        invoiceId,
        amountCents: 1_000,
        receivedAt: new Date(),
        source: 'mollie',
        externalId: `tr_a${n}`,
      },
    });
    const unapplied = await prisma.payment.create({
      data: {
        debtorId,
        amountCents: 2_000,
        receivedAt: new Date(),
        source: 'mollie',
        externalId: `tr_u${n}`,
      },
    });
    const base = { currency: 'EUR', status: 'paid', outcome: 'needs_review', reviewReason: 'overpaid' };
    await prisma.providerPayment.createMany({
      data: [
        { ...base, id: `tr_none${n}`, provider: 'mollie', invoiceId, amountCents: 500 },
        { ...base, id: `tr_a${n}`, provider: 'mollie', invoiceId, amountCents: 1_000, paymentId: applied.id },
        {
          ...base,
          id: `tr_u${n}`,
          provider: 'mollie',
          amountCents: 2_000,
          paymentId: unapplied.id,
          currency: 'USD',
        },
        { ...base, id: `${ACCOUNT}:ST${n}:E1`, provider: 'bank', amountCents: 3_000 },
        // A transfer without a waiting entry (its entry was placed elsewhere) is listed as a payment.
        { ...base, id: `${ACCOUNT}:ST${n}:E2`, provider: 'bank', amountCents: 4_000 },
      ],
    });
    await seedEntries([{ statementId: `ST${n}`, entryRef: 'E1', daysAgo: 1 }]);
  };

  const seedEntries = (entries: { statementId: string; entryRef: string; daysAgo: number }[]) =>
    db.prisma.bankEntry.createMany({
      data: entries.map(({ statementId, entryRef, daysAgo }) => ({
        account: ACCOUNT,
        statementId,
        entryRef,
        format: 'camt053',
        bookingDate: new Date(Date.UTC(2026, 10, 20) - daysAgo * 86_400_000),
        direction: 'credit',
        kind: 'payment',
        amountCents: 3_000,
        currency: 'EUR',
        remittance: 'betaling',
        sourceFile: 'statement.xml',
        outcome: 'needs_review',
        reviewReason: 'no invoice found',
      })),
    });

  const providerCount = async () => {
    const { triage } = await countWaitingElsewhere({ prisma: db.prisma });
    const bank = await db.prisma.bankEntry.count({ where: { outcome: 'needs_review' } });
    return triage - bank;
  };

  it('loads the list in the same few queries for 4 rows as for 48', async () => {
    await seedKinds();
    const few = counting(db.prisma);
    const small = await loadPaymentReviews({ prisma: few.prisma });
    for (let i = 0; i < 11; i++) await seedKinds();
    const many = counting(db.prisma);
    const large = await loadPaymentReviews({ prisma: many.prisma });
    expect(small.provider).toHaveLength(4);
    expect(large.provider).toHaveLength(48);
    expect(many.queries()).toBe(few.queries());
    expect(many.queries()).toBeLessThanOrEqual(3);
  });

  it('lists what the inbox counts, and each row as Slack loads it by id', async () => {
    const { provider } = await loadPaymentReviews({ prisma: db.prisma });
    expect(provider).toHaveLength(await providerCount());
    expect(provider.some((review) => review.id.endsWith(':E1'))).toBe(false);
    expect(new Set(provider.map((review) => review.booked))).toEqual(
      new Set(['nothing', 'applied', 'unapplied']),
    );
    expect(provider.find((review) => review.id === 'tr_a0')).toEqual({
      id: 'tr_a0',
      provider: 'mollie',
      amountCents: 1_000,
      currency: 'EUR',
      reason: 'overpaid',
      invoice: {
        number: 'INV-REV-1',
        openCents: 40_000,
        status: 'open',
        debtorName: 'Review Debtor BV',
        debtorReference: 'REV-1',
      },
      booked: 'applied',
    });
    const byId = await loadPaymentsForReview({
      prisma: db.prisma,
      which: { ids: provider.map((r) => r.id) },
    });
    expect(byId).toEqual(provider);
    // By id, a bank transfer waiting on its entry is there for Slack's review message.
    const transfer = await loadPaymentsForReview({
      prisma: db.prisma,
      which: { ids: [`${ACCOUNT}:ST0:E1`] },
    });
    expect(transfer.map((review) => review.provider)).toEqual(['bank']);
  });

  it('keeps list and count together when more bank entries wait than the page shows', async () => {
    // 101 newer entries push the transfer's own (older) entry past the page's 100 bank cards.
    await seedEntries(
      Array.from({ length: 101 }, (_, i) => ({ statementId: 'BULK', entryRef: `B${i}`, daysAgo: 0 })),
    );
    await db.prisma.bankEntry.updateMany({
      where: { statementId: 'ST0', entryRef: 'E1' },
      data: { bookingDate: new Date(Date.UTC(2025, 0, 1)) },
    });
    const { provider } = await loadPaymentReviews({ prisma: db.prisma });
    expect(provider.some((review) => review.id === `${ACCOUNT}:ST0:E1`)).toBe(false);
    expect(provider).toHaveLength(await providerCount());
  });
});
