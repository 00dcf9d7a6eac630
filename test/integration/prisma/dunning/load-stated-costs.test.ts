import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStatedCosts } from '../../../../prisma/dunning/load-stated-costs.ts';
import { recordLadderLetter } from '../../../../prisma/letters/record-ladder-letter.ts';
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

  it('counts the letters still on their way (queued mail, a letter by post not yet posted) once, with their letter date', async () => {
    const other = (
      await db.prisma.debtor.create({ data: { reference: 'D-2', name: 'Tweede', kind: 'consumer' } })
    ).id;
    const invoiceOf = async (number: string, amountCents: number) =>
      (
        await db.prisma.invoice.create({
          data: {
            number,
            debtorId: other,
            amountCents,
            openCents: amountCents,
            issueDate: new Date('2026-01-01T00:00:00Z'),
            dueDate: new Date('2026-02-01T00:00:00Z'),
          },
        })
      ).id;
    /** A 14-day letter as notifyDebtor leaves it: the mail (when by e-mail) and the letter's record. */
    const letter = async (
      invoiceId: string,
      costsCents: number,
      mail: 'pending' | 'failed' | 'sent' | 'cancelled' | null,
      posted = false,
    ) => {
      const messageId = randomUUID();
      const key = `dunning:veertiendagenbrief:${invoiceId}`;
      if (mail)
        await db.prisma.emailOutbox.create({
          data: {
            idempotencyKey: key,
            messageId,
            debtorId: other,
            template: 'dunning_letter',
            status: mail,
            payload: {
              mail: {},
              dunning: {
                invoiceIds: [invoiceId],
                stepIndex: 3,
                stepCode: 'veertiendagenbrief',
                costsCents,
                statesCosts: true,
              },
            },
          },
        });
      await recordLadderLetter({
        prisma: db.prisma,
        letter: {
          idempotencyKey: key,
          debtorId: other,
          invoiceIds: [invoiceId],
          stepCode: 'veertiendagenbrief',
          letterKind: 'fourteen_day_letter',
          stepIndex: 3,
          costsCents,
          letterDate: '2026-11-23',
          delivery: mail ? 'email' : 'post',
          pdf: new Uint8Array([37, 80, 68, 70]),
          emailMessageId: mail ? messageId : null,
        },
      });
      if (posted)
        await db.prisma.ladderLetter.updateMany({
          where: { idempotencyKey: key },
          data: { postedOn: new Date('2026-11-24T00:00:00Z') },
        });
    };
    const queued = await invoiceOf('Q-1', 2_000);
    const dead = await invoiceOf('Q-2', 2_000);
    const byPost = await invoiceOf('P-1', 2_000);
    await letter(queued, 4_000, 'pending');
    // A mail given up still waits for a person (requeued, it goes with the costs it states).
    await letter(dead, 3_000, 'failed');
    await letter(byPost, 2_000, null);
    // Sent or posted: the ladder state holds it (not here: this test seeds none), counted from there only.
    await letter(await invoiceOf('S-9', 2_000), 1_000, 'sent');
    await letter(await invoiceOf('P-9', 2_000), 1_000, null, true);
    // Cancelled (paid meanwhile): never stated to the debtor. A large claim: not under the cap.
    await letter(await invoiceOf('C-9', 2_000), 1_000, 'cancelled');
    await letter(await invoiceOf('L-9', 26_667), 1_000, 'pending');
    for (const runner of [db.sql, db.prisma]) {
      const stated = await loadStatedCosts({ db: runner, debtorIds: [other], since: '2026-06-01' });
      const letters = (stated.get(other) ?? []).sort((x, y) => y.costsCents - x.costsCents);
      expect(letters).toEqual([
        { invoiceIds: [queued], on: '2026-11-23', costsCents: 4_000 },
        { invoiceIds: [dead], on: '2026-11-23', costsCents: 3_000 },
        { invoiceIds: [byPost], on: '2026-11-23', costsCents: 2_000 },
      ]);
      // Before the day asked for: not counted.
      expect(
        (await loadStatedCosts({ db: runner, debtorIds: [other], since: '2026-11-24' })).get(other),
      ).toBeUndefined();
    }
  });
});
