import { renderApprovalRequest } from '../../channels/slack/blocks/render-approval-request.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { enqueueSlackCall } from '../../prisma/slack/enqueue-slack-call.ts';
import { loadProposalForSlack } from '../../prisma/slack/load-proposal-for-slack.ts';
import { notifyDebtor } from '../notify/notify-debtor.ts';
import type { SlackDeps } from './slack-deps.ts';
import { toApprovalView } from './to-slack-views.ts';

/**
 * After a decision: the approval message shows who decided (buttons gone), and an executed plan
 * is confirmed to the debtor on the channel they wrote on. Both are keyed, so calling this again
 * for an already decided proposal (a double click, a retry after a crash) repeats nothing.
 */
export async function announceDecision({
  deps,
  proposalId,
}: {
  deps: SlackDeps;
  proposalId: string;
}): Promise<void> {
  const { db } = deps;
  const proposal = await loadProposalForSlack({ prisma: db.prisma, proposalId });
  if (!proposal) return;
  const status = proposal.status as 'approved' | 'rejected' | 'executed' | 'expired' | 'proposed';
  const view = toApprovalView(proposal, amsterdamDate(deps.now()));
  const plan = proposal.plan;
  // The message shows the plan that was carried out, which may be finance's changed one.
  const shown = plan
    ? { ...view, schedule: plan.instalments.map((i) => ({ ...i, kind: 'instalment' as const })) }
    : view;
  const body = renderApprovalRequest(shown, {
    status,
    by: proposal.decidedBy,
    at: proposal.decidedAt,
    note: null,
  });
  const key = `approval:${proposalId}`;
  await enqueueSlackCall({
    prisma: db.prisma,
    calls: [
      { idempotencyKey: `${key}:decided`, method: 'chat.update', messageKey: key, payload: { ...body } },
    ],
  });
  if (plan) {
    await notifyDebtor({
      db,
      debtorId: proposal.debtor.id,
      channel: proposal.message?.channel ?? 'email',
      template: 'payment_plan_confirmation',
      params: {
        planId: plan.id,
        language: proposal.debtor.language,
        invoiceNumbers: proposal.invoices.map((invoice) => invoice.number),
        instalments: plan.instalments,
      },
      idempotencyKey: `plan-approved:${plan.id}`,
      invoiceId: proposal.invoices.length === 1 ? proposal.invoices[0]!.id : null,
    });
  }
}
