import type { KnownBlock } from './block-kit.ts';
import { clip, escapeMrkdwn, eur, mention } from './format-slack.ts';
import type { SlackMessageBody } from './render-approval-request.ts';

/**
 * Slack's payment review message once finance placed the transfer (in Slack or the console): what
 * arrived, the invoice it went to, who decided and what stays open; the button is gone.
 */
export function renderPaymentReviewDecided({
  id,
  amountCents,
  invoiceNumber,
  openCents,
  by,
}: {
  id: string;
  amountCents: number;
  invoiceNumber: string;
  openCents: number;
  /** "slack:U123" or "console:anna@example.com" */
  by: string;
}): SlackMessageBody {
  const said = `${mention(by)} applied ${eur(amountCents)} (bank ${escapeMrkdwn(id)}) to invoice ${escapeMrkdwn(invoiceNumber)}; open now ${eur(openCents)}.`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'A payment was reviewed' } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`:white_check_mark: ${said}`, 2900) } },
  ];
  return { text: clip(said, 2900), blocks };
}
