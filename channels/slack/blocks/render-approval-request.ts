import { ACTION } from '../action-ids.ts';
import type { KnownBlock } from './block-kit.ts';
import { age, clip, escapeMrkdwn, eur, mention, percent, quote } from './format-slack.ts';
import type { ApprovalRequestView, DecisionView } from './slack-views.ts';

export interface SlackMessageBody {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/**
 * The approval request for finance: everything needed to decide in the message itself. With a
 * decision the buttons give way to who decided and when, so nobody decides twice.
 */
export function renderApprovalRequest(
  view: ApprovalRequestView,
  decision: DecisionView | null = null,
): SlackMessageBody {
  const reason = view.reason
    ? `*${view.reason}*${view.confidence === null ? '' : ` (${percent(view.confidence)} confidence${view.decidedBy === 'classifier' ? '' : `, picked by ${mention(view.decidedBy)}`})`}`
    : '_no reason found_';
  const invoiceLines = view.invoices
    .map(
      (invoice) =>
        `• ${escapeMrkdwn(invoice.number)}: ${eur(invoice.openCents)} open, due ${invoice.dueDate} (${age(invoice.daysOverdue)})`,
    )
    .join('\n');
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: `Approval needed: ${title(view.action)}`.slice(0, 150) },
    },
    {
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: clip(
            `*Debtor*\n${escapeMrkdwn(view.debtorName)} (${escapeMrkdwn(view.debtorReference)})`,
            1900,
          ),
        },
        { type: 'mrkdwn', text: `*Amount*\n${eur(view.totalCents)}` },
        { type: 'mrkdwn', text: `*Reason*\n${reason}` },
        { type: 'mrkdwn', text: `*Via*\n${escapeMrkdwn(view.debtorChannel)}` },
      ],
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*Invoices*\n${invoiceLines || '_none_'}`, 2900) },
    },
  ];
  if (view.phrases.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clip(
            `Phrases that drove it: ${view.phrases
              .slice(0, 6)
              .map((phrase) => `“${escapeMrkdwn(phrase)}”`)
              .join(', ')}`,
            1900,
          ),
        },
      ],
    });
  }
  if (view.debtorWords.trim()) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*The debtor wrote*\n${quote(view.debtorWords, 800)}` },
    });
  }
  if (view.schedule && view.schedule.length > 0) {
    const lines = view.schedule
      .map(
        (line, i) =>
          `${i + 1}. ${line.dueDate}: ${eur(line.amountCents)}${line.kind === 'down_payment' ? ' (down payment)' : ''}`,
      )
      .join('\n');
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*Proposed plan* (${view.period === 'week' ? 'weekly' : 'monthly'})\n${lines}`,
      },
    });
  }
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: `*Why*\n${clip(escapeMrkdwn(view.rationale), 2900)}` },
  });
  if (decision && decision.status !== 'proposed') {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: describeDecision(decision) }] });
  } else {
    const buttons: KnownBlock = {
      type: 'actions',
      block_id: `proposal:${view.proposalId}`,
      elements: [
        {
          type: 'button',
          action_id: ACTION.approve,
          style: 'primary',
          text: { type: 'plain_text', text: 'Approve' },
          value: view.proposalId,
        },
        {
          type: 'button',
          action_id: ACTION.reject,
          style: 'danger',
          text: { type: 'plain_text', text: 'Reject' },
          value: view.proposalId,
        },
      ],
    };
    if (view.schedule) {
      buttons.elements.push({
        type: 'button',
        action_id: ACTION.change,
        text: { type: 'plain_text', text: 'Change' },
        value: view.proposalId,
      });
    }
    blocks.push(buttons);
  }
  const state = decision && decision.status !== 'proposed' ? ` (${decision.status})` : '';
  return {
    text: `Approval needed: ${title(view.action)} for ${view.debtorName}, ${eur(view.totalCents)}${state}`,
    blocks,
  };
}

function describeDecision(decision: DecisionView): string {
  const when = decision.at ? ` on ${decision.at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  if (decision.status === 'expired' && decision.notExecutable) {
    return clip(
      `:warning: Approved by ${mention(decision.by)}${when}, but not carried out: ${escapeMrkdwn(decision.notExecutable)}`,
      2900,
    );
  }
  const verb = {
    approved: ':white_check_mark: Approved',
    executed: ':white_check_mark: Approved and carried out',
    rejected: ':x: Rejected',
    expired: ':hourglass: Superseded',
    proposed: 'Waiting',
  }[decision.status];
  return clip(
    `${verb} by ${mention(decision.by)}${when}${decision.note ? `: ${escapeMrkdwn(decision.note)}` : ''}`,
    2900,
  );
}

function title(action: string): string {
  return (
    {
      request_plan_approval: 'payment plan',
      offer_payment_plan: 'payment plan',
      reissue_invoice: 'reissue invoice with PO number',
      update_contact: 'change of contact',
      record_promise: 'payment promise',
      escalate: 'escalation',
    }[action] ?? action.replace(/_/g, ' ')
  );
}
