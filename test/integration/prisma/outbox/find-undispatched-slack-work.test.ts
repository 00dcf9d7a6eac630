import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUndispatchedSlackWork } from '../../../../prisma/outbox/find-undispatched-slack-work.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

// Decided proposals whose Slack approval request still shows buttons: the query looks only at
// the recent decisions (a window on the proposal's last change), so it stays as cheap in year
// three as on day one, and finds what it must. PGlite; PostgreSQL with DATABASE_URL.
const DAY_MS = 86_400_000;

describe('findUndispatchedSlackWork: decided', () => {
  let db: TestDatabase;
  let debtorId: string;

  /** A proposal decided `daysAgo`, whose approval request was posted; `updated`: its decision shown too. */
  const decided = async (
    status: 'approved' | 'rejected' | 'executed' | 'expired',
    daysAgo: number,
    updated = false,
  ) => {
    const proposal = await db.prisma.proposal.create({
      data: {
        debtorId,
        action: 'offer_payment_plan',
        rationale: 'test',
        params: {},
        requiresApproval: true,
        status,
      },
    });
    await db.prisma.$executeRawUnsafe(
      `UPDATE proposal SET updated_at = $2::timestamptz WHERE id = $1::uuid`,
      proposal.id,
      new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
    );
    const keys = [`approval:${proposal.id}`];
    if (updated) keys.push(`approval:${proposal.id}:${status === 'rejected' ? 'decided' : status}`);
    for (const key of keys)
      await db.prisma.slackOutbox.create({
        data: { idempotencyKey: key, method: 'chat.postMessage', payload: {} },
      });
    return proposal.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    debtorId = (await db.prisma.debtor.create({ data: { reference: 'D-1', name: 'Acme', kind: 'company' } }))
      .id;
  }, 120_000);
  afterAll(async () => db?.close());

  it('finds the recent decisions not shown yet, oldest first, and leaves the long-settled history alone', async () => {
    // Years of decisions whose update went out long ago, and one that never did.
    for (let i = 0; i < 30; i += 1) await decided('executed', 40 + i, true);
    await decided('approved', 60);
    const shown = await decided('rejected', 1, true);
    const rejected = await decided('rejected', 2);
    const expired = await decided('expired', 1);
    const approved = await decided('approved', 0);

    const { decided: found } = await findUndispatchedSlackWork({ prisma: db.prisma });
    expect(found).toEqual([rejected, expired, approved]);
    expect(found).not.toContain(shown);
    expect((await findUndispatchedSlackWork({ prisma: db.prisma, limit: 2 })).decided).toEqual([
      rejected,
      expired,
    ]);
  });
});
