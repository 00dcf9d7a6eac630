import { describe, expect, it } from 'vitest';
import type { NextStepAction } from '../../../../domain/proposals/next-step.ts';
import type { Proposal } from '../../../../domain/proposals/proposal.ts';
import { answerFromStanding } from '../../../../domain/standing/answer-from-standing.ts';
import { type InvoiceStanding, NO_STANDING } from '../../../../domain/standing/invoice-standing.ts';
import { fakeProposal } from '../../../support/fake-proposal.ts';

const proposal = (action: NextStepAction): Proposal => ({
  ...fakeProposal(action, { requiresApproval: action === 'request_plan_approval' }),
  pause: { until: '2026-12-20', reason: 'test' },
});
const PLAN: InvoiceStanding['plan'] = {
  id: 'plan-1',
  totalCents: 90_000,
  currency: 'EUR',
  agreedAt: '2026-11-01T10:00:00.000Z',
  instalments: [
    { sequence: 1, dueDate: '2026-11-15', amountCents: 30_000, paidCents: 30_000, status: 'paid' },
    { sequence: 2, dueDate: '2026-12-15', amountCents: 30_000, paidCents: 10_000, status: 'due' },
    { sequence: 3, dueDate: '2027-01-15', amountCents: 30_000, paidCents: 0, status: 'due' },
  ],
};
const DISPUTE: InvoiceStanding['dispute'] = {
  id: 'd-1',
  status: 'open',
  openedAt: '2026-11-20T09:00:00.000Z',
};
const pending = (action: NextStepAction): InvoiceStanding['pendingRequest'] => ({
  proposalId: 'p-1',
  action,
  since: '2026-11-25T09:00:00.000Z',
  instalments: null,
});

describe('answerFromStanding', () => {
  it.each([
    ['offer_payment_plan', { ...NO_STANDING, plan: PLAN }, 'plan_active'],
    ['request_plan_approval', { ...NO_STANDING, plan: PLAN }, 'plan_active'],
    [
      'request_plan_approval',
      { ...NO_STANDING, pendingRequest: pending('request_plan_approval') },
      'plan_pending',
    ],
    [
      'offer_payment_plan',
      { ...NO_STANDING, pendingRequest: pending('request_plan_approval') },
      'plan_pending',
    ],
    ['handoff_to_sales', { ...NO_STANDING, dispute: DISPUTE }, 'dispute_open'],
  ] as const)('%s with %j on file becomes no_action answered by %s', (action, standing, answer) => {
    const revised = answerFromStanding(proposal(action), standing);
    expect(revised).toMatchObject({
      action: 'no_action',
      requiresApproval: false,
      pause: null,
      params: { answeredFromStanding: answer, insteadOf: action, invoiceIds: ['i1'] },
    });
  });

  it.each([
    ['request_plan_approval', NO_STANDING],
    ['handoff_to_sales', { ...NO_STANDING, plan: PLAN, pendingRequest: pending('request_plan_approval') }],
    [
      'request_plan_approval',
      { ...NO_STANDING, dispute: DISPUTE, pendingRequest: pending('reissue_invoice') },
    ],
    ['send_payment_link', { ...NO_STANDING, plan: PLAN, dispute: DISPUTE }],
    ['human_review', { ...NO_STANDING, plan: PLAN, dispute: DISPUTE }],
  ] as const)('%s is left alone when nothing on file answers it (%j)', (action, standing) => {
    const original = proposal(action);
    expect(answerFromStanding(original, standing)).toBe(original);
  });

  it('names the plan and its next open amount, so a person reading the timeline can check it', () => {
    const revised = answerFromStanding(proposal('request_plan_approval'), { ...NO_STANDING, plan: PLAN });
    expect(revised.rationale).toContain('plan-1');
    expect(revised.rationale).toContain('1 paid; next €200.00 on 2026-12-15');
  });
});
