import type { PrismaClient } from '../generated/client.ts';

/**
 * Takes an open proposal up for a member of staff (their e-mail), or gives it back (null), with a
 * `proposal.assigned` audit event (before -> after). Only an open proposal is assigned: one
 * decided meanwhile answers `not_open` and nothing changes. Who owns a proposal is what the
 * inbox's owner filter reads; it decides nothing and changes no status.
 */
export async function assignProposal({
  prisma,
  proposalId,
  assignedTo,
  actor,
}: {
  prisma: PrismaClient;
  proposalId: string;
  assignedTo: string | null;
  /** "console:anna@example.nl" */
  actor: string;
}): Promise<'assigned' | 'unchanged' | 'not_open'> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ assigned_to: string | null; debtor_id: string }[]>`
      SELECT assigned_to, debtor_id::text AS debtor_id FROM proposal
       WHERE id = ${proposalId}::uuid AND status = 'proposed' FOR UPDATE`;
    if (!row) return 'not_open';
    if (row.assigned_to === assignedTo) return 'unchanged';
    await tx.proposal.update({ where: { id: proposalId }, data: { assignedTo } });
    await tx.auditEvent.create({
      data: {
        actor,
        type: 'proposal.assigned',
        entityType: 'proposal',
        entityId: proposalId,
        data: { debtorId: row.debtor_id, before: row.assigned_to, after: assignedTo },
      },
    });
    return 'assigned';
  });
}
