import { describe, expect, it } from 'vitest';
import {
  buildInstalmentSchedule,
  type InstalmentSchedule,
} from '../../../../domain/plans/build-instalment-schedule.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { NEXT_STEP_ACTIONS } from '../../../../domain/proposals/next-step.ts';
import { parseProposedStep } from '../../../../domain/proposals/parse-proposed-step.ts';
import {
  type ExecutionInput,
  planProposalExecution,
} from '../../../../domain/proposals/plan-proposal-execution.ts';
import type { ProposedStep } from '../../../../domain/proposals/proposal.ts';
import { fakeProposedStep } from '../../../support/fake-proposal.ts';
import { LADDER_INVOICE } from '../../../support/fixture-ladder-invoice.ts';

const invoice = LADDER_INVOICE;
const base: ExecutionInput = {
  ...fakeProposedStep('no_action'),
  proposalId: 'p1',
  debtor: { kind: 'company', language: 'nl' },
  invoices: [invoice],
  channel: 'email',
  messageId: null,
  today: '2026-11-23',
  policy: DEFAULT_POLICY,
  approverInput: {},
  approvedBy: 'person',
  pausedUntil: null,
};

describe('planProposalExecution', () => {
  it('has an explicit outcome for every action the policy knows', () => {
    for (const action of NEXT_STEP_ACTIONS) {
      const plan = planProposalExecution({ ...base, ...fakeProposedStep(action) });
      expect(['execute', 'blocked'], action).toContain(plan.kind);
    }
  });

  it('a decision by the policy has an explicit outcome too; what it leaves to a person is only acknowledged', () => {
    for (const action of NEXT_STEP_ACTIONS) {
      const plan = planProposalExecution({ ...base, ...fakeProposedStep(action), approvedBy: 'policy' });
      expect(['execute', 'blocked', 'acknowledge'], action).toContain(plan.kind);
      expect(plan.kind === 'acknowledge', action).toBe(['handoff_to_sales', 'human_review'].includes(action));
    }
  });

  it('a dispute the policy hands to sales is acknowledged with the pause as stored, keyed by the message it answers', () => {
    const plan = planProposalExecution({
      ...base,
      action: 'handoff_to_sales',
      params: { invoiceIds: ['i1'], replyLanguage: 'en', accountOwner: null },
      approvedBy: 'policy',
      messageId: 'm1',
      pausedUntil: '2026-12-14',
    });
    expect(plan).toEqual({
      kind: 'acknowledge',
      notices: [
        {
          key: 'answer:m1',
          template: 'dispute_acknowledgement',
          channel: 'email',
          params: {
            language: 'en',
            invoices: [{ id: 'i1', number: 'INV-1', openCents: 100_000, dueDate: '2026-09-01' }],
            pausedUntil: '2026-12-14',
          },
        },
      ],
      summary: expect.any(String),
    });
    // The same decision in the chat is the same notice, for the chat to word.
    const chat = planProposalExecution({
      ...base,
      ...fakeProposedStep('handoff_to_sales'),
      approvedBy: 'policy',
      channel: 'chat',
      messageId: 'm1',
    });
    expect(chat.kind === 'acknowledge' && chat.notices.map((n) => [n.template, n.channel])).toEqual([
      ['dispute_acknowledgement', 'chat'],
    ]);
    // Nothing open left: nothing to acknowledge. A review waits for triage and tells nothing.
    const settled = planProposalExecution({
      ...base,
      ...fakeProposedStep('handoff_to_sales'),
      approvedBy: 'policy',
      invoices: [{ ...invoice, status: 'paid', openCents: 0 }],
    });
    expect(settled).toMatchObject({ kind: 'acknowledge', notices: [] });
    expect(planProposalExecution({ ...base, action: 'human_review', approvedBy: 'policy' })).toMatchObject({
      kind: 'acknowledge',
      notices: [],
    });
  });

  it('reissue sets the PO number from the approved proposal and tells the debtor; a bad number is refused', () => {
    const plan = planProposalExecution({
      ...base,
      action: 'reissue_invoice',
      params: { invoiceIds: ['i1'], poNumber: 'PO-4711' },
    });
    expect(plan).toMatchObject({
      kind: 'execute',
      effects: [{ kind: 'set_po_number', invoiceIds: ['i1'], poNumber: 'PO-4711' }],
      notices: [
        { template: 'invoice_reissued', channel: 'email', params: { language: 'nl', poNumber: 'PO-4711' } },
      ],
    });
    expect(
      planProposalExecution({
        ...base,
        action: 'reissue_invoice',
        params: { invoiceIds: ['i1'], poNumber: '<script>' },
      }).kind,
    ).toBe('blocked');
  });

  it('changes a contact only to the address the approver confirmed, and tells that address', () => {
    expect(planProposalExecution({ ...base, ...fakeProposedStep('update_contact') }).kind).toBe('blocked');
    const plan = planProposalExecution({
      ...base,
      ...fakeProposedStep('update_contact'),
      approverInput: { contactEmail: 'AP@New.example' },
    });
    expect(plan).toMatchObject({
      effects: [{ kind: 'add_primary_contact', email: 'ap@new.example' }],
      notices: [{ template: 'contact_updated', params: { to: 'ap@new.example' } }],
    });
  });

  it('a breached plan is ended and the invoices escalated; settled invoices block the execution', () => {
    const plan = planProposalExecution({
      ...base,
      action: 'escalate',
      params: { invoiceIds: ['i1'], planId: 'plan-1' },
      invoices: [{ ...invoice, status: 'planned' }],
    });
    // The click owes the letter for the step; what it states is planned when it is sent.
    expect(plan).toMatchObject({
      kind: 'execute',
      effects: [{ kind: 'end_breached_plan', planId: 'plan-1' }],
      notices: [
        {
          key: 'dunning:ingebrekestelling:i1',
          template: 'dunning_letter',
          params: { ladderStep: 'ingebrekestelling', invoices: [{ id: 'i1', openCents: 100_000 }] },
        },
      ],
    });
    expect(plan.kind === 'execute' && plan.notices[0]?.params.dunning).toBeUndefined();
    const paid = planProposalExecution({
      ...base,
      ...fakeProposedStep('resend_invoice'),
      invoices: [{ ...invoice, status: 'paid', openCents: 0 }],
    });
    expect(paid.kind).toBe('blocked');
  });

  it('an escalation groups the invoices by their next step, one owed letter each, and is blocked when none is due', () => {
    const fresh = { ...invoice, id: 'i2', number: 'INV-2', lastStepCode: null, lastStepSentOn: null };
    const plan = planProposalExecution({
      ...base,
      action: 'escalate',
      params: { invoiceIds: ['i1', 'i2'] },
      invoices: [invoice, fresh, { ...invoice, id: 'i3', number: 'INV-3', status: 'disputed' }],
    });
    expect(plan.kind === 'execute' && plan.notices.map((n) => [n.key, n.params.ladderStep])).toEqual([
      ['dunning:reminder_1:i2', 'reminder_1'],
      ['dunning:ingebrekestelling:i1', 'ingebrekestelling'],
    ]);
    expect(plan.kind === 'execute' && plan.summary).toMatch(
      /queued by e-mail; .*worded when it is sent.*\(skipped INV-3: in dispute/,
    );
    // A consumer's 14-day term is the letter's business on the day it is sent, not the click's.
    const consumer = planProposalExecution({
      ...base,
      debtor: { kind: 'consumer', language: 'nl' },
      action: 'escalate',
      params: { invoiceIds: ['i1'] },
      invoices: [{ ...invoice, lastStepCode: 'veertiendagenbrief', lastStepSentOn: '2026-11-20' }],
    });
    expect(consumer).toMatchObject({
      kind: 'execute',
      notices: [{ params: { ladderStep: 'incassobureau' } }],
    });
    const none = planProposalExecution({
      ...base,
      action: 'escalate',
      params: { invoiceIds: ['i1'] },
      invoices: [{ ...invoice, status: 'disputed' }],
    });
    expect(none).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('in dispute') });
  });

  const schedule = buildInstalmentSchedule({
    totalCents: 100_000,
    count: 3,
    period: 'month',
    startDate: '2026-11-30',
  });

  it.each(['offer_payment_plan', 'request_plan_approval'] as const)(
    '%s creates the plan and confirms exactly its instalments',
    (action) => {
      const plan = planProposalExecution({ ...base, ...planStep(action, schedule) });
      const instalments = schedule.instalments.map(({ dueDate, amountCents }) => ({ dueDate, amountCents }));
      expect(plan).toMatchObject({
        kind: 'execute',
        effects: [{ kind: 'create_plan', invoiceIds: ['i1'], schedule }],
        notices: [{ template: 'payment_plan_confirmation', params: { instalments } }],
      });
    },
  );

  it.each([
    ['no schedule', {}],
    ['instalments that do not add up', { schedule: { ...schedule, totalCents: 1 } }],
    [
      'a date that is no date',
      { schedule: { ...schedule, instalments: [{ ...schedule.instalments[0], dueDate: 'soon' }] } },
    ],
  ])('a plan with %s is refused when read back, so it never reaches the planner', (_, params) => {
    expect(() =>
      parseProposedStep({
        id: 'p1',
        action: 'offer_payment_plan',
        params: { ...planStep('offer_payment_plan', schedule).params, schedule: undefined, ...params },
      }),
    ).toThrow(/Proposal p1 \(offer_payment_plan\).*params\.schedule/);
  });

  it('a payment link leaves out invoices in a plan or dispute, and is blocked when that is all of them', () => {
    const planned = { ...invoice, id: 'i2', number: 'INV-2', status: 'planned' as const };
    const plan = planProposalExecution({
      ...base,
      ...fakeProposedStep('send_payment_link'),
      invoices: [invoice, planned],
    });
    expect(plan.kind === 'execute' && plan.notices[0]?.params.invoices.map((i) => i.id)).toEqual(['i1']);
    expect(
      planProposalExecution({ ...base, ...fakeProposedStep('send_payment_link'), invoices: [planned] }).kind,
    ).toBe('blocked');
  });
});

/** A plan proposal of the action, carrying the schedule. */
function planStep(
  action: 'offer_payment_plan' | 'request_plan_approval',
  schedule: InstalmentSchedule,
): ProposedStep {
  return action === 'offer_payment_plan'
    ? {
        action,
        params: { invoiceIds: ['i1'], schedule, evaluation: { kind: 'auto_approve', reasons: [] } },
      }
    : {
        action,
        params: {
          invoiceIds: ['i1'],
          schedule,
          evaluation: { kind: 'needs_approval', reasons: [] },
          counterOffer: null,
        },
      };
}
