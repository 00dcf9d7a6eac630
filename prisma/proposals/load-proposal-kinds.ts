import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';

/** For each proposal found: its action and, for a ladder step's letter, the step's code. */
export async function loadProposalKinds({
  prisma,
  ids,
}: {
  prisma: PrismaClient;
  ids: readonly string[];
}): Promise<Map<string, { readonly action: string; readonly stepCode: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.proposal.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, action: true, params: true },
  });
  return new Map(
    rows.map((row) => {
      const step = parseProposedStep(row);
      return [
        row.id,
        { action: row.action, stepCode: step.action === 'escalate' ? (step.params.stepCode ?? null) : null },
      ];
    }),
  );
}
