import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';

export interface OpenDunningEscalation {
  readonly proposalId: string;
  readonly debtorId: string;
  /** `<step code>:<sorted invoice ids>`: one letter of the ladder, as its outbox key names it. */
  readonly letterKey: string;
}

/**
 * The ladder escalations still open (proposed or approved, not yet carried out), of one debtor
 * or of all: a few rows, since each is one letter waiting for a person.
 */
export async function listOpenDunningEscalations({
  db,
  debtorId,
}: {
  db: PrismaClient | Prisma.TransactionClient;
  debtorId?: string;
}): Promise<OpenDunningEscalation[]> {
  const open = await db.proposal.findMany({
    where: {
      ...(debtorId ? { debtorId } : {}),
      action: 'escalate',
      status: { in: ['proposed', 'approved'] },
    },
    select: { id: true, debtorId: true, action: true, params: true },
  });
  return open.flatMap((row) => {
    const step = parseProposedStep(row);
    if (step.action !== 'escalate' || !step.params.stepCode) return [];
    return [
      {
        proposalId: row.id,
        debtorId: row.debtorId,
        letterKey: `${step.params.stepCode}:${[...step.params.invoiceIds].sort().join(',')}`,
      },
    ];
  });
}
