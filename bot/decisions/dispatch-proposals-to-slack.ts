import { renderApprovalRequest } from '../../channels/slack/blocks/render-approval-request.ts';
import { renderDisputeHandoff } from '../../channels/slack/blocks/render-dispute-handoff.ts';
import { renderPaymentReview } from '../../channels/slack/blocks/render-payment-review.ts';
import { renderTriage } from '../../channels/slack/blocks/render-triage.ts';
import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { loadDisputeForSlack } from '../../prisma/disputes/load-dispute-for-slack.ts';
import { openDisputesForProposal } from '../../prisma/disputes/open-disputes-for-proposal.ts';
import { loadMessageForTriage } from '../../prisma/messages/load-message-for-triage.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { findUndispatchedSlackWork } from '../../prisma/outbox/find-undispatched-slack-work.ts';
import { loadPaymentsForReview } from '../../prisma/payments/load-payments-for-review.ts';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import { announceDecision } from './announce-decision.ts';
import { resolveDisputeRecipient } from './resolve-dispute-recipient.ts';
import { toApprovalView, toDisputeView, toTriageView } from './to-slack-views.ts';

export interface DispatchReport {
  readonly approvals: number;
  readonly disputes: number;
  readonly triage: number;
  /** Approval requests updated to show their proposal's decision or expiry (buttons removed). */
  readonly decided: number;
  /** Payments that wait for a person (other currency, settled or unknown invoice, overpaid). */
  readonly paymentReviews: number;
}

/**
 * Brings new work to Slack: approval requests to finance, disputes to their account owner (or
 * the sales channel), messages needing a person to triage, and payments that could not be
 * applied as they came, to finance; and takes the buttons off approval requests whose proposal
 * was decided meanwhile (in Slack, or a chat dialog superseded it). Everything is queued in the
 * Slack outbox under a key per proposal, dispute or message, so running it from the worker loop
 * and right after the pipeline at the same time posts each once.
 */
export async function dispatchProposalsToSlack({
  db,
  config,
  now = new Date(),
}: {
  db: Database;
  config: SlackConfig;
  now?: Date;
}): Promise<DispatchReport> {
  const prisma = db.prisma;
  const today = amsterdamDate(now);
  const first = await findUndispatchedSlackWork({ prisma });
  for (const proposalId of first.handoffs) await openDisputesForProposal({ prisma, proposalId, now });
  const work = first.handoffs.length > 0 ? await findUndispatchedSlackWork({ prisma }) : first;
  let approvals = 0;
  let disputes = 0;
  let triage = 0;
  for (const proposalId of work.approvals) {
    const proposal = await loadProposalForSlack({ prisma, proposalId });
    if (!proposal) continue;
    const key = `approval:${proposalId}`;
    const body = renderApprovalRequest(toApprovalView(proposal, today));
    approvals += await enqueueSlackCall({
      prisma,
      calls: [
        {
          idempotencyKey: key,
          method: 'chat.postMessage',
          messageKey: key,
          payload: { channel: config.financeChannel, ...body },
        },
      ],
    });
  }
  for (const disputeId of work.disputes) {
    const dispute = await loadDisputeForSlack({ prisma, disputeId });
    if (!dispute) continue;
    const key = `dispute:${disputeId}`;
    const body = renderDisputeHandoff(toDisputeView(dispute, today));
    const channel = resolveDisputeRecipient(config, dispute.debtor.accountOwner);
    disputes += await enqueueSlackCall({
      prisma,
      calls: [
        { idempotencyKey: key, method: 'chat.postMessage', messageKey: key, payload: { channel, ...body } },
      ],
    });
  }
  for (const messageId of work.triage) {
    const message = await loadMessageForTriage({ prisma, messageId });
    if (!message) continue;
    const key = `triage:${messageId}`;
    const body = renderTriage(toTriageView(message));
    triage += await enqueueSlackCall({
      prisma,
      calls: [
        {
          idempotencyKey: key,
          method: 'chat.postMessage',
          messageKey: key,
          payload: { channel: config.financeChannel, ...body },
        },
      ],
    });
  }
  let paymentReviews = 0;
  const reviews = new Map(
    (await loadPaymentsForReview({ prisma, which: { ids: work.paymentReviews } })).map((review) => [
      review.id,
      review,
    ]),
  );
  for (const providerPaymentId of work.paymentReviews) {
    const payment = reviews.get(providerPaymentId);
    if (!payment) continue;
    const key = `payment_review:${providerPaymentId}`;
    paymentReviews += await enqueueSlackCall({
      prisma,
      calls: [
        {
          idempotencyKey: key,
          method: 'chat.postMessage',
          messageKey: key,
          payload: { channel: config.financeChannel, ...renderPaymentReview(payment) },
        },
      ],
    });
  }
  let decided = 0;
  for (const proposalId of work.decided) decided += await announceDecision({ db, now, proposalId });
  return { approvals, disputes, triage, decided, paymentReviews };
}
