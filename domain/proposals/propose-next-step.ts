import { addBusinessDays } from '../calendar/add-business-days.ts';
import { addDays } from '../model/iso-date.ts';
import { formatEur } from '../policy/format-eur.ts';
import type { Language } from '../reasons.ts';
import { describeInvoices } from './describe-invoices.ts';
import { makeProposal } from './make-proposal.ts';
import type { Proposal } from './proposal.ts';
import type { InvoiceFacts, ProposeNextStepInput } from './proposal-input.ts';
import type { ActionParams } from './proposal-params.ts';
import { proposePaymentPlan } from './propose-payment-plan.ts';
import { proposePromise } from './propose-promise.ts';

const CLOSED = new Set(['paid', 'credited', 'written_off']);

/**
 * The next step for one understood message, within the policy. It only proposes: nothing the
 * debtor writes changes money or an invoice's status by itself. Pauses are the exception that
 * protects the debtor (no reminder crosses a dispute, a promise or an unread reply).
 */
export function proposeNextStep(input: ProposeNextStepInput): Proposal {
  const { understanding: u, debtor, today, policy } = input;
  const replyLanguage: Language = u.language === 'other' ? debtor.language : u.language;
  const invoices = input.invoices.filter((invoice) => invoice.openCents > 0 && !CLOSED.has(invoice.status));
  const common = { invoices, replyLanguage };
  const also = u.secondary.length > 0 ? ` Also mentioned: ${u.secondary.join(', ')}.` : '';
  const review = (why: string, params: ActionParams<'human_review'> = {}): Proposal =>
    makeProposal('human_review', `${why}${also} A person reads the reply and decides.`, {
      ...common,
      requiresApproval: true,
      pause: {
        until: addBusinessDays(today, policy.humanReview.pauseBusinessDays),
        reason: 'reply awaiting review',
      },
      params: { suggestedReason: u.reason, confidence: u.confidence, ...params },
    });

  if (u.kind === 'bounce') {
    const until = addDays(today, policy.contact.pauseDays);
    return makeProposal(
      'mark_undeliverable',
      `Our e-mail bounced, so reminders about ${describeInvoices(invoices)} reach nobody. Mark the address undeliverable ` +
        `and find another contact; dunning pauses until ${until}.`,
      {
        ...common,
        requiresApproval: false,
        pause: { until, reason: 'no working e-mail address' },
        params: {},
      },
    );
  }
  if (u.kind === 'auto_reply' || u.reason === 'auto_reply') {
    const back = u.entities.dates.map((d) => d.date).find((date) => date > today);
    if (!back) {
      return makeProposal(
        'no_action',
        'Automatic reply without a return date: nothing to do; the ladder continues.',
        { ...common, requiresApproval: false, params: {} },
      );
    }
    const until = addBusinessDays(back, policy.autoReply.pauseBusinessDaysAfterReturn);
    return makeProposal(
      'retry_after_return',
      `Automatic reply: the contact is away until ${back}. Hold reminders about ${describeInvoices(invoices)} until ${until}, then continue.`,
      {
        ...common,
        requiresApproval: false,
        pause: { until, reason: `contact away until ${back}` },
        params: { returnDate: back },
      },
    );
  }
  if (u.askedForPerson || u.asksForPerson) {
    const read = u.reason ? ` Their words read as ${u.reason} (confidence ${u.confidence.toFixed(2)}).` : '';
    return review(`The debtor asked to talk to a person.${read}`, { askedForPerson: true });
  }
  if (u.abstained || u.reason === null || u.confidence < policy.understanding.minConfidence) {
    return review(
      `The reason is uncertain (${u.reason ?? 'none'}, confidence ${u.confidence.toFixed(2)}, policy minimum ${policy.understanding.minConfidence}` +
        `${u.abstained ? ', classifier abstained' : ''}).`,
    );
  }
  if (u.reason === 'other') return review('The reply gives no reason the policy handles.');
  if (invoices.length === 0 && u.reason !== 'wrong_contact') {
    return review(`The debtor replied (${u.reason}) but has no open invoice to act on.`);
  }

  const named = pickNamedInvoices(invoices, u.entities.invoiceNumbers);
  switch (u.reason) {
    case 'forgotten': {
      // A payment link never covers an invoice in dispute or in a plan: those have their own track.
      const payable = invoices.filter((invoice) => invoice.status === 'open');
      if (payable.length === 0)
        return review('Debtor says they forgot, but every open invoice is disputed or in a plan.');
      return makeProposal(
        'send_payment_link',
        `Debtor says ${describeInvoices(payable)} was forgotten. Send a payment link for ${formatEur(sum(payable))}; ` +
          `no pause, the reminder ladder continues as planned.${also}`,
        { invoices: payable, replyLanguage, requiresApproval: false, params: { amountCents: sum(payable) } },
      );
    }
    case 'liquidity':
      return proposePaymentPlan(input, invoices, replyLanguage);
    case 'promise_to_pay':
      return proposePromise(input, invoices, replyLanguage);
    case 'dispute': {
      const until = addDays(today, policy.dispute.pauseDays);
      const owner = debtor.accountOwner
        ? `account owner ${debtor.accountOwner}`
        : 'sales (no account owner on file: assign one)';
      return makeProposal(
        'handoff_to_sales',
        `Debtor disputes ${describeInvoices(named)}. Pause dunning on ${named.length === 1 ? 'it' : 'them'} until ${until} ` +
          `(policy: ${policy.dispute.pauseDays} days, lifted when sales resolves it) and hand over to ${owner}. ` +
          `Amounts change only through sales (e.g. a credit note), not through this reply.${also}`,
        {
          invoices: named,
          replyLanguage,
          requiresApproval: false,
          pause: { until, reason: 'dispute handed to sales' },
          params: { accountOwner: debtor.accountOwner },
        },
      );
    }
    case 'missing_po': {
      const until = addDays(today, policy.missingPo.pauseDays);
      const pause = { until, reason: 'invoice to be reissued with PO number' };
      const po = u.entities.poNumbers[0];
      if (po) {
        return makeProposal(
          'reissue_invoice',
          `Debtor needs PO number ${po} on ${describeInvoices(named)}. Record it and reissue the invoice; finance ` +
            `checks the number first. Dunning pauses until ${until} or until the reissued invoice is sent.${also}`,
          { invoices: named, replyLanguage, requiresApproval: true, pause, params: { poNumber: po } },
        );
      }
      return makeProposal(
        'request_po_number',
        `Debtor cannot pay ${describeInvoices(named)} without a PO number and gave none. Ask for it; dunning pauses until ${until}.${also}`,
        { invoices: named, replyLanguage, requiresApproval: false, pause, params: {} },
      );
    }
    case 'already_paid': {
      const paidOn = u.entities.dates.map((d) => d.date).find((date) => date <= today) ?? null;
      const amountCents = u.entities.amounts[0]?.cents ?? null;
      const until = addBusinessDays(today, policy.alreadyPaid.pauseBusinessDays);
      const pause = { until, reason: 'checking a reported payment' };
      if (paidOn === null && amountCents === null) {
        return makeProposal(
          'request_payment_reference',
          `Debtor says ${describeInvoices(named)} is paid but gives no date or amount. Ask for the payment date and ` +
            `reference; dunning pauses until ${until} (${policy.alreadyPaid.pauseBusinessDays} business days).${also}`,
          { invoices: named, replyLanguage, requiresApproval: false, pause, params: {} },
        );
      }
      const open = sum(named);
      const match =
        amountCents === null
          ? ''
          : amountCents === open
            ? ' The amount matches.'
            : ` That is not the ${formatEur(open)} open.`;
      return makeProposal(
        'check_payment',
        `Debtor says ${describeInvoices(named)} is paid${amountCents === null ? '' : ` (${formatEur(amountCents)})`}` +
          `${paidOn ? ` on ${paidOn}` : ''}.${match} Look for the payment in the bank statements; dunning pauses until ${until}.${also}`,
        {
          invoices: named,
          replyLanguage,
          // A person looks for the payment: without one nobody would, and the pause would
          // simply run out into a reminder to a debtor who says they paid.
          requiresApproval: true,
          pause,
          params: { paidOn, amountCents, iban: u.entities.ibans[0] ?? null },
        },
      );
    }
    case 'invoice_request': {
      const until = addDays(today, policy.contact.pauseDays);
      return makeProposal(
        'resend_invoice',
        `Debtor asks for ${describeInvoices(named)}. Send it again; reminders pause until ${until} so they have time to process it.${also}`,
        {
          invoices: named,
          replyLanguage,
          requiresApproval: false,
          pause: { until, reason: 'invoice sent again' },
          params: {},
        },
      );
    }
    case 'wrong_contact': {
      const until = addDays(today, policy.contact.pauseDays);
      return makeProposal(
        'update_contact',
        `Debtor says we write to the wrong person or address about ${describeInvoices(invoices)}. A person confirms the new ` +
          `contact from the reply (changing where invoices go is a fraud risk), then the invoice is sent again; reminders pause until ${until}.${also}`,
        {
          ...common,
          requiresApproval: true,
          pause: { until, reason: 'contact being updated' },
          params: { followUpAction: 'resend_invoice' },
        },
      );
    }
  }
}

function sum(invoices: readonly InvoiceFacts[]): number {
  return invoices.reduce((total, invoice) => total + invoice.openCents, 0);
}

/** The invoices the debtor named (ignoring case and punctuation), or all of them when none match. */
function pickNamedInvoices(
  invoices: readonly InvoiceFacts[],
  numbers: readonly string[],
): readonly InvoiceFacts[] {
  const normalise = (text: string) => text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const wanted = new Set(numbers.map(normalise));
  const named = invoices.filter((invoice) => wanted.has(normalise(invoice.number)));
  return named.length > 0 ? named : invoices;
}
