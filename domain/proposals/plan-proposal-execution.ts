import { groupByNextStep, type LadderInvoice } from '../dunning/group-by-next-step.ts';
import type { DebtorKind } from '../model/debtor.ts';
import type { IsoDate } from '../model/iso-date.ts';
import type { NoticeInvoice, NoticeLanguage, NoticeSpec } from '../notices/action-notice.ts';
import { chooseNoticeLanguage } from '../notices/choose-notice-language.ts';
import type { InstalmentSchedule } from '../plans/build-instalment-schedule.ts';
import type { CollectionsPolicy } from '../policy/collections-policy.ts';
import type { ProposedStep } from './proposal.ts';

/** A change to the records that an execution makes, in the same transaction as its status. */
export type ExecutionEffect =
  | { readonly kind: 'set_po_number'; readonly invoiceIds: readonly string[]; readonly poNumber: string }
  | { readonly kind: 'add_primary_contact'; readonly email: string }
  | {
      readonly kind: 'record_promise';
      readonly invoiceId: string | null;
      readonly promisedDate: IsoDate;
      readonly amountCents: number | null;
      readonly messageId: string | null;
    }
  | { readonly kind: 'end_breached_plan'; readonly planId: string }
  | {
      readonly kind: 'create_plan';
      /** The open invoices the plan covers: they move to planned, so the ladder skips them. */
      readonly invoiceIds: readonly string[];
      readonly schedule: InstalmentSchedule;
    };

export type ExecutionPlan =
  | {
      readonly kind: 'execute';
      readonly effects: readonly ExecutionEffect[];
      readonly notices: readonly NoticeSpec[];
      /** For the audit trail and the Slack message: what was done. */
      readonly summary: string;
    }
  /**
   * Decided by the policy, carried out by a person: a dispute waits for sales (the Slack dispatch
   * hands it over), a review for triage. The proposal stays open; the debtor is told only that it
   * is in hand.
   */
  | {
      readonly kind: 'acknowledge';
      readonly notices: readonly NoticeSpec[];
      readonly summary: string;
    }
  /** It cannot be carried out as approved (the invoice was paid meanwhile, a required answer is missing). */
  | { readonly kind: 'blocked'; readonly reason: string };

/** The proposal's action and its parsed params (domain/proposals), with the records as they are now. */
export type ExecutionInput = ProposedStep & ExecutionContext;

interface ExecutionContext {
  readonly proposalId: string;
  readonly debtor: { readonly kind: DebtorKind; readonly language: string };
  /** The proposal's invoices as they are now, with their ladder state. */
  readonly invoices: readonly LadderInvoice[];
  /** Where the debtor wrote; e-mail when they did not write (a ladder escalation). */
  readonly channel: 'email' | 'chat';
  readonly messageId: string | null;
  readonly today: IsoDate;
  readonly policy: CollectionsPolicy;
  /** What the approver entered in Slack (the confirmed new contact address). */
  readonly approverInput: { readonly contactEmail?: string | undefined };
  /** A person (Slack, later a console) or the policy itself, for what needs no person. */
  readonly approvedBy: 'person' | 'policy';
  /** The latest pause the proposal stored, as the database holds it. */
  readonly pausedUntil: IsoDate | null;
}

const PO_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/u;

/**
 * How a decided proposal is carried out and what the debtor is told of it, for every action the
 * policy can propose, whoever decided it (a person, or the policy for what needs no person). The
 * one planner of what a debtor hears about a proposal: the automatic answer to a mail or a chat
 * message is one of these notices, and every channel only renders it. Pure: the caller applies
 * the effects and queues the notices in one transaction with the status change. Money and status
 * change only here; values taken from the debtor's text (a PO number, a promised date) were on
 * the approval request the person saw, or inside what the policy allows by itself.
 */
export function planProposalExecution(input: ExecutionInput): ExecutionPlan {
  const { action, params, proposalId } = input;
  const language = replyLanguage(input);
  const open = input.invoices.filter(
    (invoice) => invoice.openCents > 0 && !['paid', 'credited', 'written_off'].includes(invoice.status),
  );
  const lines: NoticeInvoice[] = open.map(({ id, number, openCents, dueDate }) => ({
    id,
    number,
    openCents,
    dueDate,
  }));
  const notice = (
    template: NoticeSpec['template'],
    extra: Partial<NoticeSpec['params']> = {},
  ): NoticeSpec => ({
    key: `proposal-executed:${proposalId}:${template}`,
    template,
    channel: input.channel,
    params: { language, invoices: lines, ...extra },
  });
  const nothing = (summary: string): ExecutionPlan => ({
    kind: 'execute',
    effects: [],
    notices: [],
    summary,
  });
  const needsOpen = (then: () => ExecutionPlan): ExecutionPlan =>
    open.length > 0
      ? then()
      : { kind: 'blocked', reason: 'every invoice of this proposal is settled meanwhile' };

  switch (action) {
    case 'request_plan_approval':
    case 'offer_payment_plan': {
      // The schedule finance approved (a Change in Slack is stored on the proposal) or the policy offered.
      const schedule = params.schedule;
      const instalments = schedule.instalments.map(({ dueDate, amountCents }) => ({ dueDate, amountCents }));
      return needsOpen(() => ({
        kind: 'execute',
        effects: [{ kind: 'create_plan', invoiceIds: open.map((i) => i.id), schedule }],
        // Confirms exactly the instalments the plan is created with: both come from this schedule.
        notices: [notice('payment_plan_confirmation', { instalments })],
        summary: `Payment plan of ${instalments.length} instalment(s) created for ${open.map((i) => i.number).join(', ')}; the debtor is told.`,
      }));
    }
    case 'escalate': {
      const planId = params.planId ?? null;
      // Which letters the escalation owes: one per next step. What each states (costs, term,
      // interest) is planned when it is sent (domain/letters/plan-ladder-letter.ts), from the
      // records as they are on that day, so the 14-day term counts from the day it goes out.
      const { groups, skipped } = groupByNextStep({
        invoices: input.invoices,
        debtorKind: input.debtor.kind,
        today: input.today,
        policy: input.policy,
        endingPlan: planId !== null,
      });
      if (groups.length === 0) {
        return { kind: 'blocked', reason: `nothing to escalate: ${skipped.join('; ') || 'no invoices'}` };
      }
      const notices = groups.map(
        ({ step, invoices }): NoticeSpec => ({
          // The ladder's own key: the same step for the same invoices is mailed once, whoever asks.
          key: `dunning:${step.code}:${invoices
            .map((i) => i.id)
            .sort()
            .join(',')}`,
          template: 'dunning_letter',
          channel: 'email',
          params: {
            language,
            invoices: invoices.map(({ id, number, openCents, dueDate }) => ({
              id,
              number,
              openCents,
              dueDate,
            })),
            ladderStep: step.code,
          },
        }),
      );
      const owed = groups.map((g) => `${g.step.label} for ${g.invoices.map((i) => i.number).join(', ')}`);
      return {
        kind: 'execute',
        effects: planId ? [{ kind: 'end_breached_plan', planId }] : [],
        notices,
        summary: `${planId ? 'Plan ended as breached; ' : ''}${owed.join('; ')} queued by e-mail; worded when it is sent, with the costs, term and interest of that day${skipped.length ? ` (skipped ${skipped.join('; ')})` : ''}.`,
      };
    }
    case 'reissue_invoice': {
      const poNumber = params.poNumber.trim();
      if (!PO_NUMBER.test(poNumber))
        return { kind: 'blocked', reason: `"${poNumber}" is not a usable PO number` };
      return needsOpen(() => ({
        kind: 'execute',
        effects: [{ kind: 'set_po_number', invoiceIds: open.map((i) => i.id), poNumber }],
        notices: [notice('invoice_reissued', { poNumber })],
        summary: `PO number ${poNumber} set on ${open.map((i) => i.number).join(', ')}; the debtor is told.`,
      }));
    }
    case 'update_contact': {
      const email = input.approverInput.contactEmail?.trim().toLowerCase();
      if (!email) return { kind: 'blocked', reason: 'the new address must be confirmed in the Approve form' };
      return {
        kind: 'execute',
        effects: [{ kind: 'add_primary_contact', email }],
        // The confirmation goes to the new address, by e-mail: that is what was changed.
        notices: [{ ...notice('contact_updated', { email, to: email }), channel: 'email' }],
        summary: `${email} is now the primary contact; it receives the open invoices' details.`,
      };
    }
    case 'record_promise': {
      const { promisedDate, amountCents } = params;
      return needsOpen(() => ({
        kind: 'execute',
        effects: [
          {
            kind: 'record_promise',
            invoiceId: open.length === 1 ? open[0]!.id : null,
            promisedDate,
            amountCents,
            messageId: input.messageId,
          },
        ],
        notices: [
          notice('promise_confirmation', { promisedDate, ...(amountCents === null ? {} : { amountCents }) }),
        ],
        summary: `Promise to pay on ${promisedDate} recorded; the debtor is told.`,
      }));
    }
    case 'send_payment_link': {
      // A link never covers an invoice in a plan or a dispute (the policy's rule), also when the plan came meanwhile.
      const payable = lines.filter((line) => open.find((i) => i.id === line.id)?.status === 'open');
      if (payable.length === 0)
        return needsOpen(() => ({
          kind: 'blocked',
          reason: 'every invoice of this proposal is in a plan or disputed meanwhile',
        }));
      return {
        kind: 'execute',
        effects: [],
        notices: [
          { ...notice('payment_link'), params: { ...notice('payment_link').params, invoices: payable } },
        ],
        summary: 'Payment link sent.',
      };
    }
    case 'request_po_number':
      return needsOpen(() => ({
        kind: 'execute',
        effects: [],
        notices: [notice('po_request')],
        summary: 'PO number asked for.',
      }));
    case 'request_payment_reference':
      return needsOpen(() => ({
        kind: 'execute',
        effects: [],
        notices: [notice('payment_reference_request')],
        summary: 'Payment date and reference asked for.',
      }));
    case 'resend_invoice':
      return needsOpen(() => ({
        kind: 'execute',
        effects: [],
        notices: [notice('invoice_copy')],
        summary: 'Invoice details sent again.',
      }));
    case 'check_payment':
      return nothing(
        'Payment check acknowledged: nothing to send. The invoice is settled when the payment is booked (ledger import or provider); until then the pause holds the ladder.',
      );
    case 'mark_undeliverable':
      return nothing(
        'Nothing more to do: the e-mail channel marks a bounced address undeliverable when the bounce arrives.',
      );
    case 'retry_after_return':
      return nothing('Nothing more to do: the pause until the contact is back is the whole step.');
    case 'no_action':
      return nothing('No action by nature.');
    case 'human_review':
      if (input.approvedBy === 'policy')
        return { kind: 'acknowledge', notices: [], summary: 'Waits for a person in triage.' };
      return nothing('Nothing to carry out: the reason picked in triage makes a new proposal.');
    case 'handoff_to_sales':
      if (input.approvedBy === 'person') return nothing('Carried out by the dispute hand-off to sales.');
      // Sales carries it out (the Slack dispatch opens the dispute); the policy's decision owes the
      // debtor the acknowledgement now, with the pause as stored, keyed by the message it answers.
      return {
        kind: 'acknowledge',
        notices:
          lines.length === 0
            ? []
            : [
                {
                  key: input.messageId ? `answer:${input.messageId}` : `proposal-acknowledged:${proposalId}`,
                  template: 'dispute_acknowledgement',
                  channel: input.channel,
                  params: { language, invoices: lines, pausedUntil: input.pausedUntil },
                },
              ],
        summary:
          'Waits for sales, who get it through the dispute hand-off; the debtor is told it is in hand.',
      };
  }
}

function replyLanguage({ params, debtor }: ExecutionInput): NoticeLanguage {
  return chooseNoticeLanguage({ asked: params.replyLanguage, debtorLanguage: debtor.language });
}
