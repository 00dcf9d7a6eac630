import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyDebtor } from '../../../../bot/notices/notify-debtor.ts';
import { loadStatedCosts } from '../../../../prisma/dunning/load-stated-costs.ts';
import { type Database, openDatabase } from '../../../../prisma/open-database.ts';
import { buildLadderLetterDeps } from '../../../support/build-ladder-letter-deps.ts';
import { requirePostgres, skipUnlessPostgres } from '../../../support/find-postgres.ts';
import { seedSmallClaimsDebtor } from '../../../support/seed-small-claims-debtor.ts';
import { createTestTarget } from '../../../support/test-database.ts';
import { useTestDatabase } from '../../../support/use-test-database.ts';

const NOW = new Date('2026-11-23T09:00:00Z'); // Monday
const LETTERS = 4;

/**
 * Two processes wording 14-day letters for one consumer at the same moment (serve's notices
 * worker and a CLI `dunning run`, each with its own connections to one PostgreSQL database): with
 * EUR 60 of the EUR 140 small-claim cap left, the letters together state at most EUR 60, and what
 * each outbox row carries to the ladder is what its letter record holds. Without the per-debtor
 * lock each planned before the other queued, and both stated EUR 40 (or all four did).
 */
describe.skipIf(skipUnlessPostgres)('ladder letters for one debtor worded by two processes at once', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let one: Database;
  let other: Database;

  beforeAll(async () => {
    target = await createTestTarget({ postgresUrl: requirePostgres() });
    one = await openDatabase({ target: target.target, migrate: true });
    other = await openDatabase({ target: target.target, migrate: false });
  }, 120_000);
  afterAll(async () => {
    await one?.close();
    await other?.close();
    await target?.drop();
  });

  it('states no more than the room the cap leaves, and every outbox row agrees with its letter', async () => {
    await expectCapShared([one, other]);
  });
});

/**
 * PGlite has one connection, so its queries run one at a time, but two flows of one process (two
 * workers' rounds) still interleave between them: the lock's transaction keeps each letter's plan
 * and queueing together there too.
 */
describe('ladder letters for one debtor worded by two flows of one process (PGlite or PostgreSQL)', () => {
  const db = useTestDatabase();

  it('states no more than the room the cap leaves', async () => {
    await expectCapShared([db, db]);
  });
});

async function expectCapShared([one, other]: [Database, Database]): Promise<void> {
  const prisma = one.prisma;
  // Two earlier 14-day letters stated EUR 40 each: EUR 60 of the cap is left.
  const { debtorId, owed } = await seedSmallClaimsDebtor(one, {
    reference: 'TWEE',
    prefix: 'T',
    owed: LETTERS,
  });

  // Each process words its letters at once: two each, on its own connections.
  const word = (db: Database, letter: { id: string; number: string }) =>
    notifyDebtor({
      db,
      debtorId,
      channel: 'email',
      template: 'dunning_letter',
      params: {
        language: 'nl',
        invoices: [{ id: letter.id, number: letter.number, openCents: 20_000, dueDate: '2026-09-01' }],
        ladderStep: 'veertiendagenbrief',
      },
      idempotencyKey: `dunning:veertiendagenbrief:${letter.id}`,
      email: buildLadderLetterDeps({ db, now: NOW }),
    });
  const outcomes = await Promise.all(owed.map((letter, i) => word(i % 2 === 0 ? one : other, letter)));
  expect(outcomes.map((outcome) => outcome.outcome)).toEqual(Array(LETTERS).fill('queued'));

  const stated: number[] = [];
  for (const letter of owed) {
    const key = `dunning:veertiendagenbrief:${letter.id}`;
    const mail = await prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const costs = (mail.payload as { dunning: { costsCents: number | null } }).dunning.costsCents;
    const record = await prisma.ladderLetter.findUniqueOrThrow({
      where: { idempotencyKey: key },
      select: { costsCents: true },
    });
    expect(record.costsCents).toBe(costs);
    stated.push(costs ?? 0);
  }
  // One letter states EUR 40, the next the EUR 20 left, the others nothing: EUR 60 in all.
  expect(stated.reduce((sum, cents) => sum + cents, 0)).toBe(6_000);
  expect([...stated].sort((a, b) => b - a)).toEqual([4_000, 2_000, 0, 0]);
  const counted = await loadStatedCosts({ db: prisma, debtorIds: [debtorId], since: '2026-05-23' });
  expect((counted.get(debtorId) ?? []).reduce((sum, letter) => sum + letter.costsCents, 0)).toBe(14_000);
}
