import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDueNotices } from '../../../../prisma/outbox/claim-due-notices.ts';
import { claimDueSlackCalls } from '../../../../prisma/outbox/claim-due-slack-calls.ts';
import { enqueueSlackCall } from '../../../../prisma/outbox/enqueue-slack-call.ts';
import { type EmailLedger, seedEmailLedger } from '../../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

const target = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/**
 * JSON read back from an outbox is parsed where it is read: a row that does not parse (edited by
 * hand, written by an older version) becomes a dead letter naming the problem, is never rendered
 * or sent half-guessed, and does not hold up the rows beside it.
 */
describe(`outbox rows that do not parse, on ${target}`, () => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('action notices: an unknown template or params without invoices are dead letters; the good one is delivered', async () => {
    const proposal = await db.prisma.proposal.create({
      data: {
        debtorId: ledger.jansen.debtorId,
        action: 'send_payment_link',
        rationale: 'test',
        params: { invoiceIds: [ledger.jansen.invoiceId] },
        requiresApproval: false,
      },
    });
    const base = { proposalId: proposal.id, debtorId: ledger.jansen.debtorId, channel: 'email' };
    const invoices = [
      { id: ledger.jansen.invoiceId, number: 'INV-2026-0042', openCents: 100, dueDate: '2026-10-01' },
    ];
    await db.prisma.actionNotice.createMany({
      data: [
        { ...base, idempotencyKey: 'n:good', template: 'payment_link', params: { language: 'nl', invoices } },
        {
          ...base,
          idempotencyKey: 'n:template',
          template: 'free_money',
          params: { language: 'nl', invoices },
        },
        { ...base, idempotencyKey: 'n:params', template: 'payment_link', params: { language: 'nl' } },
      ],
    });
    const due = await claimDueNotices({ prisma: db.prisma, now: new Date(Date.now() + 1_000) });
    expect(due.map((notice) => notice.idempotencyKey)).toEqual(['n:good']);
    const dead = await db.prisma.actionNotice.findMany({
      where: { deadAt: { not: null } },
      orderBy: { idempotencyKey: 'asc' },
      select: { idempotencyKey: true, lastError: true },
    });
    expect(dead).toEqual([
      { idempotencyKey: 'n:params', lastError: expect.stringMatching(/DATA_INVALID: .*at invoices/u) },
      {
        idempotencyKey: 'n:template',
        lastError: expect.stringMatching(/unknown notice template "free_money"/u),
      },
    ]);
    // Audited like every notice given up.
    const audited = await db.prisma.auditEvent.findMany({
      where: { type: 'debtor.notice_given_up', entityId: proposal.id },
      select: { data: true },
    });
    expect(audited.map((event) => (event.data as { key: string }).key).sort()).toEqual([
      'n:params',
      'n:template',
    ]);
    // A dead letter is never claimed again (the good one comes back: it was claimed, never settled).
    const later = await claimDueNotices({ prisma: db.prisma, now: new Date(Date.now() + 86_400_000) });
    expect(later.map((notice) => notice.idempotencyKey)).toEqual(['n:good']);
  });

  it('Slack calls: an unknown method or a body that is not an object are dead letters; the good one is claimed', async () => {
    await enqueueSlackCall({
      prisma: db.prisma,
      calls: ['s:good', 's:method', 's:payload'].map((idempotencyKey) => ({
        idempotencyKey,
        method: 'chat.postMessage' as const,
        messageKey: null,
        payload: { text: idempotencyKey },
      })),
    });
    await db.prisma.slackOutbox.update({
      where: { idempotencyKey: 's:method' },
      data: { method: 'admin.users.remove' },
    });
    await db.prisma.slackOutbox.update({ where: { idempotencyKey: 's:payload' }, data: { payload: 'text' } });
    const claimed = await claimDueSlackCalls({ prisma: db.prisma, now: new Date(Date.now() + 1_000) });
    expect(claimed.map((call) => call.payload.text)).toEqual(['s:good']);
    const dead = await db.prisma.slackOutbox.findMany({
      where: { deadAt: { not: null } },
      orderBy: { idempotencyKey: 'asc' },
      select: { idempotencyKey: true, lastError: true },
    });
    expect(dead).toEqual([
      { idempotencyKey: 's:method', lastError: 'DATA_INVALID: unknown method "admin.users.remove"' },
      { idempotencyKey: 's:payload', lastError: 'DATA_INVALID: payload is not a JSON object' },
    ]);
  });
});
