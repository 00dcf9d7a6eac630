import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverActionNotices } from '../../../../bot/notices/deliver-action-notices.ts';
import { type Database, openDatabase } from '../../../../prisma/open-database.ts';
import { buildLadderLetterDeps } from '../../../support/build-ladder-letter-deps.ts';
import { oweTestLadderLetter } from '../../../support/owe-test-ladder-letter.ts';
import { seedDunningDebtor } from '../../../support/seed-dunning-debtor.ts';
import { createTestTarget } from '../../../support/test-database.ts';

// A ladder letter is planned on the day the notices' worker sends it, from the records as they
// are then. PGlite; PostgreSQL with DATABASE_URL.
const NOW = new Date('2026-11-23T09:00:00Z'); // Monday

describe('the notices worker plans each ladder letter when it sends it', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let db: Database;
  const lines: string[] = [];
  const deps = () => buildLadderLetterDeps({ db, now: NOW, log: (line) => lines.push(line) });
  /** A debtor with one overdue invoice whose last letter was `last`, sent on `on`. */
  const seed = async (reference: string, kind: 'company' | 'consumer', last: string, on: string) => {
    const seeded = await seedDunningDebtor(db, {
      reference,
      kind,
      invoices: [
        {
          number: `F-${reference}`,
          cents: 100_000,
          issued: '2026-08-01',
          due: '2026-09-01',
          last: { code: last, step: 2, on },
        },
      ],
    });
    return { debtorId: seeded.debtorId, invoice: seeded.invoices[0]! };
  };
  const owe = (seeded: Awaited<ReturnType<typeof seed>>, step: string) =>
    oweTestLadderLetter({
      db,
      debtorId: seeded.debtorId,
      step,
      invoices: [
        { id: seeded.invoice.id, number: seeded.invoice.number, openCents: 100_000, dueDate: '2026-09-01' },
      ],
      now: NOW,
    });

  beforeAll(async () => {
    target = await createTestTarget();
    db = await openDatabase({ target: target.target, migrate: true });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await target?.drop();
  });

  it('states the interest and costs of the day it goes out; a plan blocked by then is not sent, and finance sees why', async () => {
    const company = await seed('BEDRIJF', 'company', 'aanmaning', '2026-11-02');
    // A consumer whose 14-day letter went a week ago: the hand-over must wait for its term.
    const early = await seed('VROEG', 'consumer', 'veertiendagenbrief', '2026-11-16');
    const paid = await seed('BETAALD', 'company', 'aanmaning', '2026-11-02');
    const defaultKey = await owe(company, 'ingebrekestelling');
    const earlyKey = await owe(early, 'incassobureau');
    const paidKey = await owe(paid, 'ingebrekestelling');
    await db.prisma.invoice.update({
      where: { id: paid.invoice.id },
      data: { openCents: 0, status: 'paid' },
    });

    const report = await deliverActionNotices({
      db,
      email: deps(),
      log: (line) => lines.push(line),
      now: () => NOW,
    });
    expect(report).toMatchObject({ queued: 1, skipped: 2, retrying: 0 });
    expect(report.notSent).toEqual([
      {
        key: earlyKey,
        reason: expect.stringContaining('the 14-day term of the letter sent 2026-11-16 runs until'),
      },
      { key: paidKey, reason: 'nothing to send: F-BETAALD: settled' },
    ]);

    // The notice of default states the interest up to its date: 1,000 x 10.15% x 82/365 = 22.80.
    const mails = await db.prisma.emailOutbox.findMany({ select: { idempotencyKey: true, messageId: true } });
    expect(mails.map((mail) => mail.idempotencyKey)).toEqual([defaultKey]);
    const mail = await db.prisma.message.findUniqueOrThrow({ where: { id: mails[0]!.messageId } });
    expect(mail.rawText).toMatch(
      /wettelijke handelsrente bedraagt tot de datum van deze brief €\s22,80 \(10,15% per jaar/u,
    );

    // Not sent: dead letters with the reason, audited on the debtor (no proposal owed them); the
    // debtor is told nothing and no letter is recorded.
    const notices = await db.prisma.actionNotice.findMany({
      where: { idempotencyKey: { in: [earlyKey, paidKey] } },
      select: { status: true, lastError: true, debtorId: true },
    });
    expect(notices.every((notice) => notice.status === 'skipped')).toBe(true);
    expect(notices.map((notice) => notice.lastError)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not sent: .*14-day term/),
        'not sent: nothing to send: F-BETAALD: settled',
      ]),
    );
    const skipped = await db.prisma.auditEvent.findMany({ where: { type: 'debtor.notice_skipped' } });
    expect(skipped.map((event) => event.entityId).sort()).toEqual([early.debtorId, paid.debtorId].sort());
    expect(await db.prisma.ladderLetter.count()).toBe(1);
    expect(
      await db.prisma.dunningState.findUniqueOrThrow({ where: { invoiceId: early.invoice.id } }),
    ).toMatchObject({
      stepCode: 'veertiendagenbrief',
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^notices: dunning_letter ${earlyKey} not sent: `)),
      ]),
    );

    // Owed again (an approval asking for the same letter) it is not owed twice.
    await owe(company, 'ingebrekestelling');
    expect(await db.prisma.actionNotice.count({ where: { idempotencyKey: defaultKey } })).toBe(1);
  });
});
