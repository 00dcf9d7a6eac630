import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { createProposals } from '../../../../prisma/proposals/create-proposals.ts';
import { moveProposals } from '../../../../prisma/proposals/move-proposals.ts';
import { fakeProposal } from '../../../support/fake-proposal.ts';
import { createTestDatabase, type TestDatabase } from '../../../support/test-database.ts';

let db: TestDatabase;
let debtorId: string;
let invoiceId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  const debtor = await db.prisma.debtor.create({
    data: { reference: 'MOVE-1', name: 'Move BV', kind: 'company', language: 'nl' },
  });
  debtorId = debtor.id;
  const invoice = await db.prisma.invoice.create({
    data: {
      debtorId,
      number: 'INV-MOVE-1',
      issueDate: new Date('2026-10-01T00:00:00Z'),
      dueDate: new Date('2026-10-31T00:00:00Z'),
      amountCents: 10_000,
      openCents: 10_000,
    },
  });
  invoiceId = invoice.id;
});
afterAll(async () => {
  await db?.close();
});

async function propose(
  action: Parameters<typeof fakeProposal>[0],
  requiresApproval: boolean,
): Promise<string> {
  const [created] = await db.prisma.$transaction((tx) =>
    createProposals({
      db: tx,
      proposals: [
        {
          debtorId,
          invoiceId,
          messageId: null,
          classificationId: null,
          proposal: fakeProposal(action, { requiresApproval, invoiceIds: [invoiceId] }),
          invoiceIds: [invoiceId],
        },
      ],
    }),
  );
  return created!.proposalId;
}

describe('moveProposals', () => {
  it('lets one of two racing deciders win; the other moves nothing', async () => {
    const id = await propose('request_plan_approval', true);
    const at = new Date('2026-11-23T10:00:00Z');
    const decide = (to: 'approved' | 'rejected', by: string) =>
      db.prisma.$transaction((tx) => moveProposals({ tx, which: { id }, from: 'proposed', to, by, at }));
    const [approve, reject] = await Promise.all([
      decide('approved', 'slack:A'),
      decide('rejected', 'slack:B'),
    ]);
    expect(approve.length + reject.length).toBe(1);
    const row = await db.prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe(approve.length === 1 ? 'approved' : 'rejected');
    expect(row.decidedBy).toBe(approve.length === 1 ? 'slack:A' : 'slack:B');
    expect(row.decidedAt).toEqual(at);
  });

  it('never carries out without a person what needs one', async () => {
    const id = await propose('reissue_invoice', true);
    const at = new Date();
    const moved = await db.prisma.$transaction((tx) =>
      moveProposals({ tx, which: { id }, from: 'proposed', to: 'executed', by: 'policy', at }),
    );
    expect(moved).toEqual([]);
    expect((await db.prisma.proposal.findUniqueOrThrow({ where: { id } })).status).toBe('proposed');
    const free = await propose('send_payment_link', false);
    const executed = await db.prisma.$transaction((tx) =>
      moveProposals({ tx, which: { id: free }, from: 'proposed', to: 'executed', by: 'policy', at }),
    );
    expect(executed.map((row) => row.id)).toEqual([free]);
    expect(await db.prisma.proposal.findUniqueOrThrow({ where: { id: free } })).toMatchObject({
      status: 'executed',
      decidedBy: 'policy',
      executedAt: at,
    });
  });

  it('refuses a move the state machine does not allow, before touching a row', async () => {
    const id = await propose('send_payment_link', false);
    const error = await db.prisma
      .$transaction((tx) =>
        moveProposals({ tx, which: { id }, from: 'executed', to: 'approved', by: 'x', at: new Date() }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/executed -> approved: a proposal that is executed is final/);
  });

  it('refuses params that break their schema, so nothing unreadable is written', async () => {
    const error = await db.prisma
      .$transaction((tx) =>
        createProposals({
          db: tx,
          proposals: [
            {
              debtorId,
              invoiceId,
              messageId: null,
              classificationId: null,
              proposal: {
                ...fakeProposal('retry_after_return', { invoiceIds: [invoiceId] }),
                action: 'retry_after_return',
                params: { invoiceIds: [invoiceId], returnDate: 'next week' },
              },
              invoiceIds: [invoiceId],
            },
          ],
        }),
      )
      .catch((caught: unknown) => caught);
    expect((error as AppError).code).toBe('DATA_INVALID');
    expect((error as AppError).message).toMatch(/params\.returnDate/);
  });
});
