import { renderApprovalRequest } from '../../channels/slack/blocks/render-approval-request.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { loadExecutionNote } from '../../prisma/proposals/load-execution-note.ts';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import { toApprovalView } from './to-slack-views.ts';

/**
 * After a decision the approval message shows who decided and what was carried out (buttons
 * gone); so it does when the proposal expired because the debtor settled it in the chat.
 * Keyed per status, so calling it again for the same outcome (a double click, a retry after a
 * crash, the next dispatch round) posts nothing new. Returns how many updates it queued. The
 * debtor's notices are owed by the execution itself (action_notice rows), not by this message.
 */
export async function announceDecision({
  db,
  now,
  proposalId,
}: {
  db: Database;
  now: Date;
  proposalId: string;
}): Promise<number> {
  const proposal = await loadProposalForSlack({ prisma: db.prisma, proposalId });
  if (!proposal || proposal.status === 'proposed') return 0;
  const status = proposal.status as 'approved' | 'rejected' | 'executed' | 'expired';
  const view = toApprovalView(proposal, amsterdamDate(now));
  const plan = proposal.plan;
  // The message shows the plan that was carried out, which may be finance's changed one.
  const shown = plan
    ? { ...view, schedule: plan.instalments.map((i) => ({ ...i, kind: 'instalment' as const })) }
    : view;
  const note = await loadExecutionNote({ prisma: db.prisma, proposalId });
  const body = renderApprovalRequest(shown, {
    status,
    by: proposal.decidedBy,
    at: proposal.decidedAt,
    note:
      status === 'executed'
        ? note.executed
        : status === 'expired' && note.supersededBy
          ? 'the debtor settled this in the chat; the request that replaces it follows'
          : null,
    notExecutable: status === 'expired' ? note.notExecutable : null,
  });
  const key = `approval:${proposalId}`;
  return enqueueSlackCall({
    prisma: db.prisma,
    calls: [
      {
        // "approved" is shown only while execution is under way; "executed" replaces it.
        idempotencyKey: status === 'rejected' ? `${key}:decided` : `${key}:${status}`,
        method: 'chat.update',
        messageKey: key,
        payload: { ...body },
      },
    ],
  });
}
