import { describe, expect, it } from 'vitest';
import { deliverActionNotices } from '../../../../bot/notices/deliver-action-notices.ts';
import { loadStatedCosts } from '../../../../prisma/dunning/load-stated-costs.ts';
import { buildLadderLetterDeps } from '../../../support/build-ladder-letter-deps.ts';
import { oweTestLadderLetter } from '../../../support/owe-test-ladder-letter.ts';
import { seedSmallClaimsDebtor } from '../../../support/seed-small-claims-debtor.ts';
import { useTestDatabase } from '../../../support/use-test-database.ts';

// Two 14-day letters for one consumer's small claims, owed separately (two approvals) and worded
// in the same round: the second counts the costs the first states, so together with the letters
// sent before they stay within EUR 140 per six months, and each states what the database holds.
// PGlite; PostgreSQL with DATABASE_URL.
const NOW = new Date('2026-11-23T09:00:00Z'); // Monday

describe('ladder letters worded in one round share the small-claim cap', () => {
  const db = useTestDatabase();

  it('the second letter states only the room the first one left', async () => {
    // Two earlier 14-day letters stated EUR 40 each: EUR 60 of the cap is left.
    const { debtorId, owed } = await seedSmallClaimsDebtor(db, {
      reference: 'ABONNEE',
      prefix: 'F',
      owed: 2,
    });
    const keys: string[] = [];
    for (const invoice of owed) {
      keys.push(
        await oweTestLadderLetter({
          db,
          debtorId,
          step: 'veertiendagenbrief',
          invoices: [{ id: invoice.id, number: invoice.number, openCents: 20_000, dueDate: '2026-09-01' }],
          now: NOW,
        }),
      );
    }

    const report = await deliverActionNotices({
      db,
      email: buildLadderLetterDeps({ db, now: NOW }),
      log: () => {},
      now: () => NOW,
    });
    expect(report).toMatchObject({ queued: 2, skipped: 0, retrying: 0 });

    // What each letter carries to the ladder, what its PDF record holds and what its words state agree.
    const told = [];
    for (const key of keys) {
      const mail = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { idempotencyKey: key } });
      const payload = mail.payload as { dunning: { costsCents: number | null } };
      const letter = await db.prisma.ladderLetter.findUniqueOrThrow({
        where: { idempotencyKey: key },
        select: { costsCents: true },
      });
      const text = (await db.prisma.message.findUniqueOrThrow({ where: { id: mail.messageId } })).rawText;
      expect(letter.costsCents).toBe(payload.dunning.costsCents);
      told.push({ costsCents: payload.dunning.costsCents, text });
    }
    expect(told.map((letter) => letter.costsCents)).toEqual([4_000, 2_000]);
    expect(told[0]!.text).toMatch(/Deze kosten bedragen €\s40,00\./u);
    expect(told[1]!.text).toMatch(/Deze kosten bedragen €\s20,00\./u);

    // Sent or still on its way, every letter counts: together EUR 140, the most the law allows.
    const stated = await loadStatedCosts({ db: db.prisma, debtorIds: [debtorId], since: '2026-05-23' });
    expect((stated.get(debtorId) ?? []).reduce((sum, letter) => sum + letter.costsCents, 0)).toBe(14_000);
  });
});
