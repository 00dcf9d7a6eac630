import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStatedCosts } from '../../../../prisma/dunning/load-stated-costs.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// The costs earlier letters stated, grouped back into letters (one letter's costs sit on each of
// its invoices' ladder states), only for letters about small claims. PGlite; PostgreSQL with DATABASE_URL.
describe('loadStatedCosts', () => {
  let db: TestDatabase;
  let debtorId: string;
  const invoice = async (
    number: string,
    amountCents: number,
    letter: { at: string; costsCents: number } | null,
  ) => {
    const row = await db.prisma.invoice.create({
      data: {
        number,
        debtorId,
        amountCents,
        openCents: amountCents,
        issueDate: new Date('2026-01-01T00:00:00Z'),
        dueDate: new Date('2026-02-01T00:00:00Z'),
      },
    });
    if (letter)
      await db.prisma.dunningState.create({
        data: {
          invoiceId: row.id,
          step: 3,
          stepCode: 'veertiendagenbrief',
          lastStepAt: new Date(letter.at),
          letterSentAt: new Date(letter.at),
          letterCostsCents: letter.costsCents,
        },
      });
    return row.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    debtorId = (
      await db.prisma.debtor.create({ data: { reference: 'D-1', name: 'Abonnee', kind: 'consumer' } })
    ).id;
  }, 120_000);
  afterAll(async () => db?.close());

  it('one entry per letter for small claims since the given day, with its invoices', async () => {
    // One letter for two small invoices (its costs on both states), sent late on 2026-03-02 in Amsterdam.
    const a = await invoice('S-1', 2_500, { at: '2026-03-02T22:30:00Z', costsCents: 4_000 });
    const b = await invoice('S-2', 2_500, { at: '2026-03-02T22:30:00Z', costsCents: 4_000 });
    await invoice('S-3', 2_500, { at: '2026-04-01T08:00:00Z', costsCents: 4_000 });
    // A letter about a large claim does not count; nor one before the day asked for.
    await invoice('L-1', 26_667, { at: '2026-04-02T08:00:00Z', costsCents: 4_001 });
    await invoice('S-0', 2_500, { at: '2025-09-01T08:00:00Z', costsCents: 4_000 });
    await invoice('S-4', 2_500, null);
    for (const runner of [db.sql, db.prisma]) {
      const stated = await loadStatedCosts({ db: runner, debtorIds: [debtorId], since: '2026-01-01' });
      const letters = (stated.get(debtorId) ?? []).sort((x, y) => x.on.localeCompare(y.on));
      expect(letters).toEqual([
        { invoiceIds: [a, b].sort(), on: '2026-03-02', costsCents: 4_000 },
        { invoiceIds: [expect.any(String)], on: '2026-04-01', costsCents: 4_000 },
      ]);
    }
    expect((await loadStatedCosts({ db: db.sql, debtorIds: [], since: '2026-01-01' })).size).toBe(0);
  });
});
