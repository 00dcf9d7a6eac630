import { REASON_CODES } from '../../../domain/reasons.ts';
import { ACTION, BLOCK } from '../action-ids.ts';
import type { KnownBlock, PlainTextOption } from './block-kit.ts';
import { clip, escapeMrkdwn, mention, percent, quote } from './format-slack.ts';
import type { SlackMessageBody } from './render-approval-request.ts';
import type { TriageView } from './slack-views.ts';

const REASON_LABELS: Record<(typeof REASON_CODES)[number], string> = {
  auto_reply: 'Automatic reply',
  dispute: 'Dispute (goes to sales)',
  missing_po: 'Missing PO number',
  already_paid: 'Says already paid',
  liquidity: 'Cannot pay now (plan)',
  forgotten: 'Forgot to pay',
  promise_to_pay: 'Promises to pay',
  invoice_request: 'Asks for the invoice',
  wrong_contact: 'Wrong contact',
  other: 'Other',
};

/**
 * A message the assistant could not place: the reader picks the reason (and, for an unmatched
 * message, the debtor), and the policy runs as if the classifier had said so.
 */
export function renderTriage(
  view: TriageView,
  /** Decided: the reason a person picked, or (dismissed) why they set the mail aside. */
  picked: { by: string; reason: string; dismissed?: boolean } | null = null,
): SlackMessageBody {
  const suggested = view.suggestedReason
    ? `${view.suggestedReason} at ${percent(view.confidence)}`
    : `nothing (${percent(view.confidence)})`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Needs a person: why has this debtor not paid?' } },
    {
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: clip(`*Debtor*\n${view.debtorName ? escapeMrkdwn(view.debtorName) : '_not matched_'}`, 1900),
        },
        { type: 'mrkdwn', text: clip(`*From*\n${escapeMrkdwn(view.from ?? 'unknown')}`, 1900) },
        { type: 'mrkdwn', text: `*Classifier*\n${escapeMrkdwn(suggested)}` },
        { type: 'mrkdwn', text: clip(`*Subject*\n${escapeMrkdwn(view.subject ?? '(none)')}`, 1900) },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*They wrote*\n${quote(view.debtorWords, 1500)}` } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: clip(escapeMrkdwn(view.why), 1900) }] },
  ];
  if (view.phrases.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clip(
            `Phrases: ${view.phrases
              .slice(0, 6)
              .map((p) => `“${escapeMrkdwn(p)}”`)
              .join(', ')}`,
            1900,
          ),
        },
      ],
    });
  }
  if (picked) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: picked.dismissed
            ? clip(
                `:wastebasket: ${mention(picked.by)} set this mail aside: ${escapeMrkdwn(picked.reason)}. Nothing was done with it.`,
                1900,
              )
            : `:label: ${mention(picked.by)} picked *${escapeMrkdwn(picked.reason)}*; the policy took it from there.`,
        },
      ],
    });
  } else {
    const elements: Extract<KnownBlock, { type: 'actions' }>['elements'] = [];
    if (!view.debtorName) {
      elements.push({
        type: 'external_select',
        action_id: ACTION.triageDebtor,
        min_query_length: 2,
        placeholder: { type: 'plain_text', text: 'Debtor (name or invoice)' },
      });
    }
    if (view.debtorName && view.unverifiedSender) {
      // The value is the message, never the address: the handler reads the sender from the database.
      elements.push({
        type: 'button',
        action_id: ACTION.triageAddContact,
        value: view.messageId,
        text: { type: 'plain_text', text: 'Add sender as contact' },
      });
    }
    elements.push({
      type: 'static_select',
      action_id: ACTION.triageReason,
      placeholder: { type: 'plain_text', text: 'Pick the reason' },
      options: REASON_CODES.map(
        (code): PlainTextOption => ({ text: { type: 'plain_text', text: REASON_LABELS[code] }, value: code }),
      ),
    });
    blocks.push({ type: 'actions', block_id: `${BLOCK.triage}:${view.messageId}`, elements });
  }
  return { text: `Needs a person: a message from ${view.from ?? 'an unknown sender'}`, blocks };
}
