import { addBusinessDays } from '../calendar/add-business-days.ts';
import { ladderForDebtor } from '../dunning/ladder-for-debtor.ts';
import { addDays, daysBetween } from '../model/iso-date.ts';
import { formatEur } from '../policy/format-eur.ts';
import type { Language } from '../reasons.ts';
import { describeInvoices } from './describe-invoices.ts';
import { makeProposal } from './make-proposal.ts';
import type { Proposal } from './proposal.ts';
import type { InvoiceFacts, ProposeNextStepInput } from './proposal-input.ts';

/**
 * Promise to pay: record it and pause until the date plus grace, so no reminder crosses the
 * payment; the ladder resumes by itself when the promise is broken. A person approves promises
 * far ahead, partial promises, and promises from a debtor who broke one before; after repeated
 * broken promises the assistant proposes the next ladder step instead.
 */
export function proposePromise(
  input: ProposeNextStepInput,
  invoices: readonly InvoiceFacts[],
  replyLanguage: Language,
): Proposal {
  const { understanding, history, today, policy, debtor } = input;
  const common = { invoices, replyLanguage };
  const totalCents = invoices.reduce((sum, invoice) => sum + invoice.openCents, 0);
  const date = understanding.entities.dates.map((d) => d.date).find((d) => d >= today) ?? null;

  if (history.brokenPromises >= policy.promises.escalateAfterBrokenPromises) {
    const ladder = ladderForDebtor(policy, debtor.kind);
    const current = Math.max(
      ...invoices.map((i) => ladder.findIndex((step) => step.code === i.dunningStepCode)),
    );
    const next = ladder[current + 1] ?? null;
    return makeProposal(
      'escalate',
      `Debtor promises to pay ${describeInvoices(invoices)}${date ? ` on ${date}` : ''}, but broke ${history.brokenPromises} ` +
        `promise(s) before (policy: escalate after ${policy.promises.escalateAfterBrokenPromises}). Propose the next ladder step` +
        `${next ? ` (${next.label})` : ''} instead of another promise; a person decides.`,
      { ...common, requiresApproval: true, params: { nextStepCode: next?.code ?? null, promisedDate: date } },
    );
  }
  if (!date) {
    return makeProposal(
      'human_review',
      `Debtor promises to pay ${describeInvoices(invoices)} but names no date on or after ${today}; ask for a date rather than guess one.`,
      {
        ...common,
        requiresApproval: true,
        pause: {
          until: addBusinessDays(today, policy.humanReview.pauseBusinessDays),
          reason: 'promise without a date, awaiting review',
        },
        params: { suggestedAction: 'record_promise' },
      },
    );
  }
  const promisedCents = understanding.entities.amounts[0]?.cents ?? totalCents;
  const until = addBusinessDays(date, policy.promises.graceBusinessDays);
  const checks: string[] = [];
  const daysAhead = daysBetween(today, date);
  if (daysAhead > policy.promises.maxDaysAhead) {
    checks.push(
      `the date is ${daysAhead} days ahead, more than the policy's ${policy.promises.maxDaysAhead}`,
    );
  }
  if (promisedCents < totalCents)
    checks.push(`it covers ${formatEur(promisedCents)} of ${formatEur(totalCents)} open`);
  if (history.brokenPromises > policy.promises.maxBrokenPromisesForAutoAccept) {
    checks.push(`the debtor broke ${history.brokenPromises} promise(s) before`);
  }
  const verdict = checks.length > 0 ? `A person approves because ${checks.join('; ')}.` : 'Inside policy.';
  return makeProposal(
    'record_promise',
    `Debtor promises to pay ${formatEur(promisedCents)} of ${describeInvoices(invoices)} on ${date}. ${verdict} ` +
      `Reminders pause until ${until} (${policy.promises.graceBusinessDays} business days' grace); if no payment by then, the ladder resumes.`,
    {
      ...common,
      requiresApproval: checks.length > 0,
      pause: { until, reason: `promise to pay on ${date}` },
      params: {
        promisedDate: date,
        amountCents: promisedCents,
        partial: promisedCents < totalCents,
        followUpOn: addDays(until, 1),
      },
    },
  );
}
