import { BLOCK, VIEW } from '../action-ids.ts';
import type { View } from './block-kit.ts';
import { eur } from './format-slack.ts';

/** Asks sales for the credit note amount; the invoice keeps what is left open. */
export function renderCreditModal({
  disputeId,
  invoiceNumber,
  openCents,
}: {
  disputeId: string;
  invoiceNumber: string;
  openCents: number;
}): View {
  return {
    type: 'modal',
    callback_id: VIEW.disputeCredit,
    private_metadata: disputeId,
    title: { type: 'plain_text', text: 'Credit note' },
    submit: { type: 'plain_text', text: 'Credit' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `Invoice *${invoiceNumber}* has ${eur(openCents)} open.` },
      },
      {
        type: 'input',
        block_id: BLOCK.creditAmount,
        label: { type: 'plain_text', text: 'Credit amount (EUR)' },
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          placeholder: { type: 'plain_text', text: '125.00' },
        },
      },
    ],
  };
}
