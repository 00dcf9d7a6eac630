import { describe, expect, it } from 'vitest';
import type { InstalmentSchedule } from '../../../../domain/plans/build-instalment-schedule.ts';
import { NEXT_STEP_ACTIONS } from '../../../../domain/proposals/next-step.ts';
import type { Proposal } from '../../../../domain/proposals/proposal.ts';
import { proposeNextStep } from '../../../../domain/proposals/propose-next-step.ts';
import { REASON_CODES } from '../../../../domain/reasons.ts';
import { createInvoice, createProposalInput } from '../policy/fake-proposal-input.ts';

const history = {
  brokenPromises: 0,
  keptPromises: 0,
  activePlan: false,
  breachedPlans: 0,
  openDisputes: 0,
  remindersSent: 1,
};

describe('proposeNextStep', () => {
  it('forgotten: payment link, ladder continues, no approval', () => {
    const p = proposeNextStep(createProposalInput('forgotten'));
    expect(p).toMatchObject({ action: 'send_payment_link', requiresApproval: false, pause: null });
    expect(p.params).toMatchObject({ invoiceIds: ['inv-1'], amountCents: 120_000, replyLanguage: 'nl' });
    expect(p.rationale).toMatch(/€1,200.00/);
    expect(p.rationale).toMatch(/ladder continues/);
  });

  it('forgotten: never puts a disputed invoice in the payment link', () => {
    const p = proposeNextStep(
      createProposalInput('forgotten', {
        invoices: [createInvoice(), createInvoice({ id: 'inv-2', status: 'disputed' })],
      }),
    );
    expect(p.params.invoiceIds).toEqual(['inv-1']);
  });

  describe('liquidity', () => {
    it('offers the default plan inside the envelope', () => {
      const p = proposeNextStep(createProposalInput('liquidity'));
      expect(p).toMatchObject({
        action: 'offer_payment_plan',
        requiresApproval: false,
        pause: { until: '2026-11-30' },
      });
      const schedule = scheduleOf(p);
      expect(schedule.instalments.map((i) => [i.dueDate, i.amountCents])).toEqual([
        ['2026-11-30', 40_000],
        ['2026-12-30', 40_000],
        ['2027-01-30', 40_000],
      ]);
      expect(p.rationale).toMatch(/3 monthly instalments of €400.00 from 2026-11-30 to 2027-01-30/);
    });

    it('uses what the debtor asked: 4 weekly parts from a named date', () => {
      const p = proposeNextStep(
        createProposalInput('liquidity', {
          entities: {
            instalments: [{ count: 4, amountCents: null, period: 'week', text: '4 weken' }],
            dates: [{ date: '2026-12-01', text: '1 december' }],
          },
        }),
      );
      const schedule = scheduleOf(p);
      expect(schedule).toMatchObject({ count: 4, period: 'week' });
      expect(schedule.instalments.map((i) => i.dueDate)).toEqual([
        '2026-12-01',
        '2026-12-08',
        '2026-12-15',
        '2026-12-22',
      ]);
    });

    it('counter-offers inside the envelope when the request is too long', () => {
      const p = proposeNextStep(
        createProposalInput('liquidity', {
          entities: { instalments: [{ count: 12, amountCents: null, period: 'month', text: '12 maanden' }] },
        }),
      );
      expect(p).toMatchObject({
        action: 'offer_payment_plan',
        requiresApproval: false,
        params: { counterOffer: true },
      });
      expect(scheduleOf(p).count).toBe(6);
      expect(p.rationale).toMatch(/beyond the policy maximum of 6 months/);
    });

    it('asks finance with a broken promise or a breached plan (history matters)', () => {
      for (const h of [
        { ...history, brokenPromises: 1 },
        { ...history, breachedPlans: 1 },
      ]) {
        const p = proposeNextStep(createProposalInput('liquidity', { history: h }));
        expect(p).toMatchObject({ action: 'request_plan_approval', requiresApproval: true });
        expect(p.rationale).toMatch(/broke 1|breached 1/);
      }
    });

    it('asks finance above the total limit', () => {
      const p = proposeNextStep(
        createProposalInput('liquidity', { invoices: [createInvoice({ openCents: 900_000 })] }),
      );
      expect(p).toMatchObject({ action: 'request_plan_approval', requiresApproval: true });
      expect(p.rationale).toMatch(/€9,000.00 is above the €5,000.00/);
    });
  });

  it('dispute: pauses only the named invoice and hands over to the account owner', () => {
    const p = proposeNextStep(
      createProposalInput('dispute', {
        entities: { invoiceNumbers: ['2026-0043'] },
        invoices: [createInvoice(), createInvoice({ id: 'inv-2', number: '2026-0043', openCents: 5_000 })],
      }),
    );
    expect(p).toMatchObject({
      action: 'handoff_to_sales',
      requiresApproval: false,
      pause: { until: '2026-12-23', reason: 'dispute handed to sales' },
      params: { invoiceIds: ['inv-2'], accountOwner: 'U123SALES' },
    });
    const noOwner = proposeNextStep(
      createProposalInput('dispute', { debtor: { kind: 'company', accountOwner: null, language: 'nl' } }),
    );
    expect(noOwner.rationale).toMatch(/no account owner on file/);
  });

  it('missing_po: reissue with the given PO (approved by finance), else ask for it; pause either way', () => {
    const given = proposeNextStep(
      createProposalInput('missing_po', { entities: { poNumbers: ['PO-7781'] } }),
    );
    expect(given).toMatchObject({
      action: 'reissue_invoice',
      requiresApproval: true,
      params: { poNumber: 'PO-7781' },
      pause: { until: '2026-12-07' },
    });
    const missing = proposeNextStep(createProposalInput('missing_po'));
    expect(missing).toMatchObject({
      action: 'request_po_number',
      requiresApproval: false,
      pause: { until: '2026-12-07' },
    });
  });

  it('already_paid: check with a date/amount, ask for a reference without; pause 3 business days', () => {
    const check = proposeNextStep(
      createProposalInput('already_paid', {
        entities: {
          dates: [{ date: '2026-11-20', text: 'vrijdag' }],
          amounts: [{ cents: 120_000, currency: 'EUR', text: '1200' }],
        },
      }),
    );
    expect(check).toMatchObject({
      action: 'check_payment',
      requiresApproval: true,
      pause: { until: '2026-11-26' },
      params: { paidOn: '2026-11-20', amountCents: 120_000 },
    });
    expect(check.rationale).toMatch(/amount matches/);
    const ask = proposeNextStep(createProposalInput('already_paid'));
    expect(ask).toMatchObject({ action: 'request_payment_reference', pause: { until: '2026-11-26' } });
  });

  describe('promise_to_pay', () => {
    const on = (date: string) => ({ entities: { dates: [{ date, text: date }] } });

    it('records the promise and pauses until the date plus grace business days', () => {
      // 2026-12-04 is a Friday; +3 business days = Wednesday 12-09.
      const p = proposeNextStep(createProposalInput('promise_to_pay', on('2026-12-04')));
      expect(p).toMatchObject({
        action: 'record_promise',
        requiresApproval: false,
        pause: { until: '2026-12-09' },
        params: { promisedDate: '2026-12-04', partial: false },
      });
    });

    it('needs approval far ahead, partial, or after a broken promise', () => {
      expect(proposeNextStep(createProposalInput('promise_to_pay', on('2027-02-01'))).requiresApproval).toBe(
        true,
      );
      const partial = proposeNextStep(
        createProposalInput('promise_to_pay', {
          entities: {
            dates: [{ date: '2026-12-04', text: '' }],
            amounts: [{ cents: 50_000, currency: 'EUR', text: '500' }],
          },
        }),
      );
      expect(partial).toMatchObject({ requiresApproval: true, params: { partial: true } });
      expect(
        proposeNextStep(
          createProposalInput('promise_to_pay', {
            ...on('2026-12-04'),
            history: { ...history, brokenPromises: 1 },
          }),
        ).requiresApproval,
      ).toBe(true);
    });

    it('escalates to the next ladder step after repeated broken promises', () => {
      const p = proposeNextStep(
        createProposalInput('promise_to_pay', {
          ...on('2026-12-04'),
          history: { ...history, brokenPromises: 2 },
        }),
      );
      expect(p).toMatchObject({
        action: 'escalate',
        requiresApproval: true,
        params: { nextStepCode: 'reminder_2' },
      });
    });

    it('goes to a person when no date is given', () => {
      expect(proposeNextStep(createProposalInput('promise_to_pay'))).toMatchObject({
        action: 'human_review',
        requiresApproval: true,
      });
    });
  });

  it('invoice_request and wrong_contact', () => {
    expect(proposeNextStep(createProposalInput('invoice_request'))).toMatchObject({
      action: 'resend_invoice',
      requiresApproval: false,
      pause: { until: '2026-11-30' },
    });
    expect(proposeNextStep(createProposalInput('wrong_contact'))).toMatchObject({
      action: 'update_contact',
      requiresApproval: true,
    });
  });

  it('auto_reply: retry after the return date, else nothing', () => {
    const away = proposeNextStep(
      createProposalInput('auto_reply', {
        understanding: { kind: 'auto_reply' },
        entities: { dates: [{ date: '2026-12-07', text: '7 dec' }] },
      }),
    );
    expect(away).toMatchObject({
      action: 'retry_after_return',
      requiresApproval: false,
      pause: { until: '2026-12-08' },
      params: { returnDate: '2026-12-07' },
    });
    expect(
      proposeNextStep(createProposalInput('auto_reply', { understanding: { kind: 'auto_reply' } })),
    ).toMatchObject({ action: 'no_action', pause: null });
  });

  it('bounce: mark undeliverable', () => {
    expect(
      proposeNextStep(createProposalInput(null, { understanding: { kind: 'bounce', confidence: 1 } })),
    ).toMatchObject({ action: 'mark_undeliverable' });
  });

  it('abstained, low confidence or other: a person decides, reminders wait', () => {
    for (const input of [
      createProposalInput('liquidity', { understanding: { abstained: true, confidence: 0.41 } }),
      createProposalInput('forgotten', { understanding: { confidence: 0.59 } }),
      createProposalInput('other'),
      createProposalInput('forgotten', { invoices: [] }),
    ]) {
      const p = proposeNextStep(input);
      expect(p).toMatchObject({
        action: 'human_review',
        requiresApproval: true,
        pause: { until: '2026-11-25' },
      });
    }
    expect(
      proposeNextStep(
        createProposalInput('liquidity', { understanding: { abstained: true, confidence: 0.41 } }),
      ).rationale,
    ).toMatch(/0.41, policy minimum 0.6, classifier abstained/);
  });

  it('a debtor who asked for a person gets one, whatever the reason read, and the rationale says so', () => {
    for (const reason of ['forgotten', 'liquidity', 'other', null] as const) {
      const p = proposeNextStep(
        createProposalInput(reason, { understanding: { askedForPerson: true, confidence: 0.97 } }),
      );
      expect(p).toMatchObject({
        action: 'human_review',
        requiresApproval: true,
        pause: { until: '2026-11-25' },
        params: { askedForPerson: true },
      });
      expect(p.rationale).toMatch(/^The debtor asked to talk to a person\./);
      expect(p.rationale).not.toMatch(/uncertain|abstained/);
      if (reason) expect(p.rationale).toContain(`read as ${reason} (confidence 0.97)`);
    }
  });

  it("answers every reason with a known action, in the reply language or the debtor's", () => {
    for (const reason of REASON_CODES) {
      const p = proposeNextStep(
        createProposalInput(reason, {
          understanding: { language: 'other' },
          debtor: { kind: 'consumer', accountOwner: null, language: 'en' },
        }),
      );
      expect(NEXT_STEP_ACTIONS).toContain(p.action);
      expect(p.params.replyLanguage).toBe('en');
      expect(p.rationale.length).toBeGreaterThan(20);
    }
  });
});

/** The plan a plan proposal carries; any other action fails the test. */
function scheduleOf(p: Proposal): InstalmentSchedule {
  if (p.action !== 'offer_payment_plan' && p.action !== 'request_plan_approval') {
    throw new Error(`expected a plan proposal, got ${p.action}`);
  }
  return p.params.schedule;
}
