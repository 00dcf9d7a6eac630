import { BLOCK, VIEW } from '../action-ids.ts';
import type { View } from './block-kit.ts';
import { eur } from './format-slack.ts';

/** The Change modal: finance edits the instalments; the policy checks them on submit. */
export function renderPlanModal({
  proposalId,
  debtorName,
  totalCents,
  count,
  period,
  startDate,
  downPaymentCents,
}: {
  proposalId: string;
  debtorName: string;
  totalCents: number;
  count: number;
  period: 'month' | 'week';
  startDate: string;
  downPaymentCents: number;
}): View {
  return {
    type: 'modal',
    callback_id: VIEW.planChange,
    private_metadata: proposalId,
    title: { type: 'plain_text', text: 'Change payment plan' },
    submit: { type: 'plain_text', text: 'Approve changed plan' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${debtorName.slice(0, 200)}*: ${eur(totalCents)} in total. Amounts are split evenly; odd cents go first.`,
        },
      },
      {
        type: 'input',
        block_id: BLOCK.planCount,
        label: { type: 'plain_text', text: 'Number of instalments' },
        element: {
          type: 'number_input',
          action_id: 'value',
          is_decimal_allowed: false,
          min_value: '1',
          max_value: '60',
          initial_value: String(count),
        },
      },
      {
        type: 'input',
        block_id: BLOCK.planPeriod,
        label: { type: 'plain_text', text: 'Every' },
        element: {
          type: 'static_select',
          action_id: 'value',
          initial_option: { text: { type: 'plain_text', text: period }, value: period },
          options: (['month', 'week'] as const).map((value) => ({
            text: { type: 'plain_text', text: value },
            value,
          })),
        },
      },
      {
        type: 'input',
        block_id: BLOCK.planStart,
        label: { type: 'plain_text', text: 'First payment on' },
        element: { type: 'datepicker', action_id: 'value', initial_date: startDate },
      },
      {
        type: 'input',
        block_id: BLOCK.planDown,
        optional: true,
        label: { type: 'plain_text', text: 'Down payment (EUR), due on the first date' },
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          ...(downPaymentCents > 0 ? { initial_value: (downPaymentCents / 100).toFixed(2) } : {}),
          placeholder: { type: 'plain_text', text: '0.00' },
        },
      },
    ],
  };
}
