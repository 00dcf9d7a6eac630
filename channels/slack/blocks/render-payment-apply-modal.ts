import { BLOCK, VIEW } from '../action-ids.ts';
import type { View } from './block-kit.ts';

/**
 * Asks finance which invoice a bank transfer waiting for review pays, and, for one that looks
 * like a transfer of another statement, whether it is a second transfer all the same.
 */
export function renderPaymentApplyModal({ providerPaymentId }: { providerPaymentId: string }): View {
  return {
    type: 'modal',
    callback_id: VIEW.paymentApply,
    private_metadata: providerPaymentId,
    title: { type: 'plain_text', text: 'Apply the transfer' },
    submit: { type: 'plain_text', text: 'Apply' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: BLOCK.paymentInvoice,
        label: { type: 'plain_text', text: 'Invoice number' },
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          placeholder: { type: 'plain_text', text: 'F-2026-0104' },
        },
      },
      {
        type: 'input',
        block_id: BLOCK.paymentAnyway,
        optional: true,
        label: { type: 'plain_text', text: 'Flagged as already imported?' },
        element: {
          type: 'checkboxes',
          action_id: 'value',
          options: [
            {
              text: { type: 'plain_text', text: 'It is a second transfer: apply it anyway' },
              value: 'anyway',
            },
          ],
        },
      },
    ],
  };
}
