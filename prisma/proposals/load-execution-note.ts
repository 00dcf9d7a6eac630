import { z } from 'zod';
import type { PrismaClient } from '../generated/client.ts';

/** audit_event.data is an object of whatever the event records; the fields read here are strings. */
const ZEventData = z.record(z.string(), z.unknown());

/** What carrying out a proposal did (or why it could not), from its audit events, for the Slack message. */
export async function loadExecutionNote({
  prisma,
  proposalId,
}: {
  prisma: PrismaClient;
  proposalId: string;
}): Promise<{
  readonly executed: string | null;
  readonly notExecutable: string | null;
  /** Set when the debtor settled the question in the chat: the newer proposal's id. */
  readonly supersededBy: string | null;
}> {
  const events = await prisma.auditEvent.findMany({
    where: {
      entityType: 'proposal',
      entityId: proposalId,
      type: { in: ['proposal.executed', 'proposal.not_executable', 'proposal.superseded'] },
    },
    orderBy: { id: 'desc' },
  });
  const read = (type: string, field: string) => {
    const event = events.find((candidate) => candidate.type === type);
    const value = event ? ZEventData.safeParse(event.data).data?.[field] : undefined;
    return typeof value === 'string' ? value : null;
  };
  return {
    executed: read('proposal.executed', 'summary'),
    notExecutable: read('proposal.not_executable', 'reason'),
    supersededBy: read('proposal.superseded', 'by'),
  };
}
