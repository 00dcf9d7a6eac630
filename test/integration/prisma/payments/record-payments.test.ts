import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderPayment } from '../../../../domain/payments/payment-provider.ts';
import { openDatabase } from '../../../../prisma/open-database.ts';
import { recordPayments } from '../../../../prisma/payments/record-payments.ts';
import { requirePostgres, skipUnlessPostgres } from '../../../support/find-postgres.ts';
import { createTestDatabase, createTestTarget, type TestDatabase } from '../../../support/test-database.ts';

let db: TestDatabase;
let debtorId: string;
const NOW = new Date('2026-12-05T10:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  debtorId = (
    await db.prisma.debtor.create({
      data: { reference: 'BATCH-1', name: 'Batch BV', kind: 'company', language: 'nl' },
    })
  ).id;
});
afterAll(async () => {
  await db?.close();
});

async function invoice(number: string, openCents: number, paymentPlanId?: string): Promise<string> {
  const row = await db.prisma.invoice.create({
    data: {
      debtorId,
      number,
      issueDate: new Date('2026-10-01T00:00:00Z'),
      dueDate: new Date('2026-10-31T00:00:00Z'),
      amountCents: openCents,
      openCents,
      ...(paymentPlanId ? { paymentPlanId, status: 'planned' as const } : {}),
    },
  });
  return row.id;
}

const paid = (id: string, amountCents: number, invoiceId: string | null): ProviderPayment => ({
  id,
  status: 'paid',
  amountCents,
  currency: 'EUR',
  method: 'bank transfer',
  paidAt: new Date('2026-12-04T12:00:00Z'),
  checkoutUrl: null,
  metadata: { invoiceId },
});

const record = (payments: Parameters<typeof recordPayments>[0]['payments']) =>
  db.prisma.$transaction((tx) => recordPayments({ tx, provider: 'bank', payments, now: NOW }));

describe('recordPayments: a batch is decided in order and written at once', () => {
  it('two payments for one invoice in one batch: the second sees what the first left, the third is review', async () => {
    const id = await invoice('B-1', 10_000);
    const results = await record([
      { payment: paid('b1-a', 4_000, id) },
      { payment: paid('b1-b', 6_000, id) },
      { payment: paid('b1-c', 1_000, id) },
      { payment: paid('b1-a', 4_000, id) },
    ]);
    expect(results.map((r) => r.kind)).toEqual(['applied', 'applied', 'needs_review', 'already_recorded']);
    expect(results[0]).toMatchObject({ openCents: 6_000, invoiceStatus: 'open' });
    expect(results[1]).toMatchObject({ openCents: 0, invoiceStatus: 'paid' });
    expect(results[2]).toMatchObject({ reason: 'the invoice is already paid (nothing open)' });
    expect(await db.prisma.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      openCents: 0,
      status: 'paid',
    });
    const payments = await db.prisma.payment.findMany({
      where: { reference: 'B-1' },
      orderBy: { amountCents: 'asc' },
    });
    // The third is kept with the debtor, unapplied; the repeated id is not stored twice.
    expect(payments.map((p) => [p.amountCents, p.invoiceId])).toEqual([
      [1_000, null],
      [4_000, id],
      [6_000, id],
    ]);
    const timeline = await db.prisma.message.findMany({
      where: { invoiceId: id, channel: 'system' },
      orderBy: { createdAt: 'asc' },
    });
    expect(timeline.map((m) => m.subject).sort()).toEqual([
      'Invoice B-1 paid',
      'Part payment on invoice B-1',
    ]);
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.type)).toEqual([
      'payment.received',
      'payment.received',
      'invoice.paid',
      'dunning.stopped',
    ]);
    // Recording the same batch again changes nothing.
    expect(
      (await record([{ payment: paid('b1-a', 4_000, id) }, { payment: paid('b1-b', 6_000, id) }])).map(
        (r) => r.kind,
      ),
    ).toEqual(['already_recorded', 'already_recorded']);
    expect(await db.prisma.payment.count({ where: { reference: 'B-1' } })).toBe(3);
  });

  it('ends dunning for every invoice the batch pays: pauses, promises, one reminder for two invoices, proposals', async () => {
    const [a, b, c] = [await invoice('B-2', 5_000), await invoice('B-3', 7_000), await invoice('B-4', 9_000)];
    for (const invoiceId of [a, b, c]) {
      await db.prisma.dunningPause.create({
        data: { invoiceId, reason: 'test', until: new Date('2027-01-31T00:00:00Z'), createdBy: 'test' },
      });
      await db.prisma.paymentPromise.create({
        data: { debtorId, invoiceId, promisedDate: new Date('2026-12-10T00:00:00Z') },
      });
      await db.prisma.proposal.create({
        data: {
          debtorId,
          invoiceId,
          action: 'send_reminder',
          rationale: 'r',
          params: {},
          requiresApproval: true,
        },
      });
    }
    const queue = async (key: string, invoiceIds: string[]) => {
      const message = await db.prisma.message.create({
        data: {
          channel: 'email',
          direction: 'outbound',
          externalId: `<${key}@test>`,
          debtorId,
          rawText: 'reminder',
          kind: 'reminder',
          status: 'queued',
        },
      });
      return db.prisma.emailOutbox.create({
        data: {
          idempotencyKey: key,
          messageId: message.id,
          debtorId,
          template: 'reminder',
          payload: { mail: {}, dunning: { invoiceIds, stepCode: 'reminder' } },
        },
      });
    };
    const both = await queue('both', [a, b]);
    const other = await queue('other', [c]);
    const results = await record([
      { payment: paid('b2', 5_000, a) },
      { payment: paid('b3', 7_000, b) },
      { payment: paid('b4', 1_000, c) },
    ]);
    expect(results.map((r) => r.kind)).toEqual(['applied', 'applied', 'applied']);
    const outbox = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: both.id } });
    expect(outbox).toMatchObject({ status: 'cancelled', lastError: 'not sent: invoices B-2, B-3 were paid' });
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: both.messageId } })).toMatchObject({
      status: 'failed',
      failureReason: 'not sent: invoices B-2, B-3 were paid',
    });
    // C is only partly paid: its reminder, pause, promise and proposal stand.
    expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: other.id } })).status).toBe(
      'pending',
    );
    for (const [invoiceId, ended] of [
      [a, true],
      [b, true],
      [c, false],
    ] as const) {
      const pause = await db.prisma.dunningPause.findFirstOrThrow({ where: { invoiceId } });
      expect(pause.liftedAt === null).toBe(!ended);
      expect((await db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId } })).status).toBe(
        ended ? 'kept' : 'open',
      );
      expect((await db.prisma.proposal.findFirstOrThrow({ where: { invoiceId } })).status).toBe(
        ended ? 'expired' : 'proposed',
      );
    }
    const stopped = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: a, type: 'dunning.stopped' },
    });
    expect(stopped.data).toEqual({
      reason: 'paid',
      pausesLifted: 1,
      promisesKept: 1,
      remindersCancelled: [both.id],
      proposalsExpired: 1,
    });
  });

  it('pays a plan’s instalments oldest first and completes the plan when its invoices are paid', async () => {
    const plan = await db.prisma.paymentPlan.create({
      data: {
        debtorId,
        status: 'active',
        totalCents: 9_000,
        installments: {
          create: [1, 2, 3].map((sequence) => ({
            sequence,
            dueDate: new Date(`2026-12-0${sequence}T00:00:00Z`),
            amountCents: 3_000,
          })),
        },
      },
    });
    const x = await invoice('B-5', 4_000, plan.id);
    const y = await invoice('B-6', 5_000, plan.id);
    const results = await record([{ payment: paid('b5', 4_000, x) }, { payment: paid('b6', 2_000, y) }]);
    expect(results.map((r) => r.kind)).toEqual(['applied', 'applied']);
    const instalments = await db.prisma.installment.findMany({
      where: { planId: plan.id },
      orderBy: { sequence: 'asc' },
    });
    expect(instalments.map((i) => [i.paidCents, i.status])).toEqual([
      [3_000, 'paid'],
      [3_000, 'paid'],
      [0, 'due'],
    ]);
    expect((await db.prisma.paymentPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('active');
    await record([{ payment: paid('b6-rest', 3_000, y) }]);
    expect((await db.prisma.paymentPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe(
      'completed',
    );
    expect(await db.prisma.auditEvent.count({ where: { entityId: plan.id, type: 'plan.completed' } })).toBe(
      1,
    );
  });

  it('a payment that names no invoice, or an unknown one, waits for review and touches no balance', async () => {
    const results = await record([
      { payment: paid('b7', 1_000, null), unmatchedReason: 'fits nothing' },
      { payment: paid('b8', 1_000, '00000000-0000-4000-8000-000000000000') },
    ]);
    expect(results).toEqual([
      { kind: 'needs_review', reason: 'fits nothing' },
      { kind: 'needs_review', reason: 'invoice 00000000-0000-4000-8000-000000000000 does not exist' },
    ]);
    const rows = await db.prisma.providerPayment.findMany({
      where: { id: { in: ['b7', 'b8'] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.outcome, r.paymentId])).toEqual([
      ['needs_review', null],
      ['needs_review', null],
    ]);
  });
});

describe('recordPayments: two batches at once on PostgreSQL', () => {
  it.skipIf(skipUnlessPostgres)(
    'batches naming the same invoices in opposite orders both finish, and each payment counts once',
    async () => {
      const pg = await createTestTarget({ postgresUrl: requirePostgres() });
      const one = await openDatabase({ target: pg.target, migrate: true });
      let other: Awaited<ReturnType<typeof openDatabase>> | null = null;
      try {
        other = await openDatabase({ target: pg.target, migrate: false });
        const debtor = await one.prisma.debtor.create({
          data: { reference: 'RACE-1', name: 'Race BV', kind: 'company', language: 'nl' },
        });
        const ids: string[] = [];
        for (let i = 0; i < 20; i++) {
          const row = await one.prisma.invoice.create({
            data: {
              debtorId: debtor.id,
              number: `R-${i}`,
              issueDate: new Date('2026-10-01T00:00:00Z'),
              dueDate: new Date('2026-10-31T00:00:00Z'),
              amountCents: 1_000,
              openCents: 1_000,
            },
          });
          ids.push(row.id);
        }
        // Each batch pays 6.00 on every invoice, one in order and one backwards, and one payment
        // id is in both: recorded once.
        const batch = (db: typeof one, order: string[], tag: string) =>
          db.prisma.$transaction(
            (tx) =>
              recordPayments({
                tx,
                provider: 'bank',
                payments: [
                  ...order.map((id, i) => ({ payment: paid(`race-${tag}-${i}`, 600, id) })),
                  { payment: paid('race-shared', 100, order[0]!) },
                ],
                now: NOW,
              }),
            { timeout: 60_000 },
          );
        const [a, b] = await Promise.all([batch(one, ids, 'a'), batch(other, [...ids].reverse(), 'b')]);
        const kinds = [...a, ...b].map((r) => r.kind);
        expect(kinds.filter((k) => k === 'already_recorded')).toHaveLength(1);
        const invoices = await one.prisma.invoice.findMany({ where: { debtorId: debtor.id } });
        // 6.00 + 6.00 on 10.00: the second payment pays the 4.00 left and the rest is overpaid.
        expect(invoices.every((i) => i.openCents === 0 && i.status === 'paid')).toBe(true);
        expect(await one.prisma.payment.count({ where: { debtorId: debtor.id } })).toBe(41);
      } finally {
        await other?.close();
        await one.close();
        await pg.drop();
      }
    },
  );
});
