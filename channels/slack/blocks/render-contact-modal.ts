import { BLOCK, VIEW } from '../action-ids.ts';
import type { View } from './block-kit.ts';
import { escapeMrkdwn } from './format-slack.ts';

/**
 * Approving a change of contact: the approver types or confirms the new address. Changing
 * where invoices go is a classic fraud, so the address is never taken from the reply unseen;
 * addresses found in it are only a suggestion.
 */
export function renderContactModal({
  proposalId,
  debtorName,
  suggested,
}: {
  proposalId: string;
  debtorName: string;
  suggested: readonly string[];
}): View {
  return {
    type: 'modal',
    callback_id: VIEW.contactConfirm,
    private_metadata: proposalId,
    title: { type: 'plain_text', text: 'Confirm new contact' },
    submit: { type: 'plain_text', text: 'Approve' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${escapeMrkdwn(debtorName.slice(0, 200))}*: invoices and reminders will go to this address. Check it with the debtor if it is new to you.${
            suggested.length > 0
              ? `\nFound in the reply: ${suggested.slice(0, 5).map(escapeMrkdwn).join(', ')}`
              : ''
          }`,
        },
      },
      {
        type: 'input',
        block_id: BLOCK.contactEmail,
        label: { type: 'plain_text', text: 'New e-mail address' },
        element: {
          type: 'email_text_input',
          action_id: 'value',
          ...(suggested[0] ? { initial_value: suggested[0] } : {}),
        },
      },
    ],
  };
}
