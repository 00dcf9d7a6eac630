import { ACTION } from '../action-ids.ts';
import type { KnownBlock } from './block-kit.ts';
import { age, clip, escapeMrkdwn, eur, mention, quote } from './format-slack.ts';
import type { SlackMessageBody } from './render-approval-request.ts';
import type { DisputeView } from './slack-views.ts';

/**
 * A dispute for sales: the summary, the debtor's own words and the invoice, with the four ways
 * to move it on. Once resolved only the outcome remains; while taken, the owner can still
 * resolve, credit or escalate.
 */
export function renderDisputeHandoff(
  view: DisputeView,
  { reminder = false }: { reminder?: boolean } = {},
): SlackMessageBody {
  const invoice = view.invoice;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: `${reminder ? 'Still open: ' : ''}Dispute: ${view.debtorName}`.slice(0, 150),
      },
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
        {
          type: 'mrkdwn',
          text: `*Invoice*\n${escapeMrkdwn(invoice.number)}: ${eur(invoice.openCents)} open, due ${invoice.dueDate} (${age(invoice.daysOverdue)})`,
        },
      ],
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*Summary*\n${clip(escapeMrkdwn(view.summary), 2000)}` },
    },
  ];
  if (view.debtorWords.trim()) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*In their words*\n${quote(view.debtorWords, 1200)}` },
    });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: statusLine(view) }] });
  if (view.status === 'open' || view.status === 'taken') {
    const elements: Extract<KnownBlock, { type: 'actions' }>['elements'] = [];
    if (view.status === 'open') {
      elements.push({
        type: 'button',
        action_id: ACTION.disputeTake,
        text: { type: 'plain_text', text: 'Take it' },
        value: view.disputeId,
      });
    }
    elements.push(
      {
        type: 'button',
        action_id: ACTION.disputeStands,
        style: 'primary',
        text: { type: 'plain_text', text: 'Resolved: invoice stands' },
        value: view.disputeId,
      },
      {
        type: 'button',
        action_id: ACTION.disputeCredit,
        text: { type: 'plain_text', text: 'Credit note' },
        value: view.disputeId,
      },
      {
        type: 'button',
        action_id: ACTION.disputeEscalate,
        style: 'danger',
        text: { type: 'plain_text', text: 'Escalate' },
        value: view.disputeId,
      },
    );
    blocks.push({ type: 'actions', block_id: `dispute:${view.disputeId}`, elements });
  }
  return {
    text: `${reminder ? 'Still open: ' : ''}Dispute from ${view.debtorName} about ${invoice.number} (${eur(invoice.openCents)})`,
    blocks,
  };
}

function statusLine(view: DisputeView): string {
  const note = view.resolutionNote?.trim()
    ? ` Note: ${clip(escapeMrkdwn(view.resolutionNote.trim()), 500)}`
    : '';
  return `${outcomeLine(view)}${note}`;
}

function outcomeLine(view: DisputeView): string {
  switch (view.status) {
    case 'open':
      return ':double_vertical_bar: Dunning is paused while the dispute is open. Nobody has taken it yet.';
    case 'taken':
      return `:double_vertical_bar: Dunning is paused. ${mention(view.ownerUserId)} is on it.`;
    case 'resolved_stands':
      return `:white_check_mark: Resolved by ${mention(view.ownerUserId)}: the invoice stands and dunning resumes.`;
    case 'credited':
      return `:receipt: Resolved by ${mention(view.ownerUserId)} with a credit note of ${eur(view.creditCents ?? 0)}; dunning resumes on what is left.`;
    case 'corrected':
      return `:receipt: Resolved by ${mention(view.ownerUserId)}: corrected invoice ${escapeMrkdwn(view.correctedInvoiceNumber ?? '')} replaces this one, which is closed; its dunning ends.`;
    case 'escalated':
      return `:rotating_light: Escalated by ${mention(view.ownerUserId)}; dunning stays paused.`;
  }
}
