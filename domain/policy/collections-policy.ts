import { z } from 'zod';
import { parseStepApproval } from './parse-step-approval.ts';

/**
 * The company's collections policy: every number the assistant uses to decide, in one typed,
 * validated file (policy.example.json at the repo root; bot/ loads COLLECTIONS_POLICY_FILE).
 * Day counts say whether they are calendar days or business days (Dutch business days).
 */
const cents = z.int().min(0);
const days = (max: number) => z.int().min(0).max(max);

export const ZLadderStep = z
  .strictObject({
    /** Stable id stored per invoice as its current step, e.g. "reminder_1". */
    code: z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower case letters, digits and _ , like "reminder_1"'),
    /** What staff and the letter template see, e.g. "Herinnering". */
    label: z.string().min(1),
    /** Calendar days after the previous step was sent (the first step: after the due date). */
    afterDays: days(365),
    appliesTo: z.enum(['all', 'company', 'consumer']),
    /** The letter states the WIK collection costs; for consumers this is the 14-day letter. */
    statesCosts: z.boolean(),
    /** Hand-over to a collection agency or bailiff. */
    handover: z.boolean(),
    /**
     * Whether the step's letter waits for a person: "always", "never" or "above <euros>" (the
     * letter's invoices together, e.g. "above 250"). Left out: the first step on the debtor's
     * ladder goes out by itself, every later step and any hand-over waits for approval.
     */
    approval: z
      .string({ error: 'write "always", "never" or "above <amount in euros>" in quotes, like "above 250"' })
      .optional(),
  })
  .superRefine((step, context) => {
    if (step.approval === undefined) return;
    const read = parseStepApproval(step.approval);
    if (!read.ok) context.addIssue({ code: 'custom', path: ['approval'], message: read.problem });
  });
export type LadderStep = z.infer<typeof ZLadderStep>;

export const ZCollectionsPolicy = z.strictObject({
  understanding: z.strictObject({ minConfidence: z.number().min(0).max(1) }),
  humanReview: z.strictObject({ pauseBusinessDays: days(30) }),
  ladder: z.strictObject({
    steps: z.array(ZLadderStep).min(1),
    ignoreBelowCents: cents,
    assumedDeliveryBusinessDays: days(10),
  }),
  plans: z.strictObject({
    maxMonths: z.int().min(1).max(60),
    minInstalmentCents: z.int().min(1),
    maxTotalCentsWithoutApproval: cents,
    defaultInstalments: z.int().min(2).max(60),
    defaultPeriod: z.enum(['month', 'week']),
    firstInstalmentAfterDays: days(60),
    maxBrokenPromisesForAutoApproval: z.int().min(0),
    breachGraceDays: days(60),
    responsePauseDays: days(60),
  }),
  promises: z.strictObject({
    graceBusinessDays: days(30),
    maxDaysAhead: days(365),
    maxBrokenPromisesForAutoAccept: z.int().min(0),
    escalateAfterBrokenPromises: z.int().min(1),
  }),
  alreadyPaid: z.strictObject({ pauseBusinessDays: days(30) }),
  dispute: z.strictObject({ pauseDays: days(365) }),
  missingPo: z.strictObject({ pauseDays: days(90) }),
  contact: z.strictObject({ pauseDays: days(90) }),
  autoReply: z.strictObject({ pauseBusinessDaysAfterReturn: days(10) }),
});
export type CollectionsPolicy = z.infer<typeof ZCollectionsPolicy>;

/** Defaults for a Dutch SME; each line says why. Keep policy.example.json equal (a test checks). */
export const DEFAULT_POLICY: CollectionsPolicy = {
  // Below 60% the reason is closer to a guess than a finding: a person decides.
  understanding: { minConfidence: 0.6 },
  // No automatic reminder may cross a reply that nobody has read yet.
  humanReview: { pauseBusinessDays: 2 },
  ladder: {
    steps: [
      // Start early, as Dutch practice advises, but 3 days lets a payment made on the due date
      // reach the bank statement, so the first reminder does not cross it. A friendly reminder
      // goes out by itself; every later letter waits for finance (approval "always"). A team that
      // lets reminders run sets "never" on them and "above <euros>" or "always" where costs start.
      {
        code: 'reminder_1',
        label: 'Herinnering',
        afterDays: 3,
        appliesTo: 'all',
        statesCosts: false,
        handover: false,
        approval: 'never',
      },
      // Fixed 14-day steps: the same timeline for every debtor.
      {
        code: 'reminder_2',
        label: 'Tweede herinnering',
        afterDays: 14,
        appliesTo: 'all',
        statesCosts: false,
        handover: false,
        approval: 'always',
      },
      {
        code: 'aanmaning',
        label: 'Aanmaning',
        afterDays: 14,
        appliesTo: 'all',
        statesCosts: false,
        handover: false,
        approval: 'always',
      },
      // Companies: notice of default stating the WIK costs (the scale is the B2B default).
      {
        code: 'ingebrekestelling',
        label: 'Ingebrekestelling',
        afterDays: 14,
        appliesTo: 'company',
        statesCosts: true,
        handover: false,
        approval: 'always',
      },
      // Consumers: the mandatory 14-day letter (art. 6:96 lid 6 BW) that states the exact costs.
      {
        code: 'veertiendagenbrief',
        label: 'Veertiendagenbrief (WIK-brief)',
        afterDays: 14,
        appliesTo: 'consumer',
        statesCosts: true,
        handover: false,
        approval: 'always',
      },
      // For consumers never before the 14-day term has passed (the ladder enforces it).
      {
        code: 'incassobureau',
        label: 'Overdracht aan incassobureau',
        afterDays: 14,
        appliesTo: 'all',
        statesCosts: false,
        handover: true,
        approval: 'always',
      },
    ],
    // Bank-fee and rounding differences are for a person to write off, not to dun.
    ignoreBelowCents: 500,
    // PostNL delivers in 1-2 business days; assuming late only delays costs, the safe side.
    assumedDeliveryBusinessDays: 2,
  },
  plans: {
    // A longer plan mostly hides a solvency problem: finance decides.
    maxMonths: 6,
    // Below EUR 25 the handling of an instalment costs more than it brings.
    minInstalmentCents: 2_500,
    // A larger exposure is a finance decision, not the assistant's.
    maxTotalCentsWithoutApproval: 500_000,
    // Three monthly parts bridge a typical quarter's liquidity dip.
    defaultInstalments: 3,
    defaultPeriod: 'month',
    // A week to arrange the first payment keeps momentum without setting the debtor up to fail.
    firstInstalmentAfterDays: 7,
    // A debtor who broke a promise gets a plan only with finance's approval.
    maxBrokenPromisesForAutoApproval: 0,
    // A transfer made on the due date can take a few days to show; then it is a breach.
    breachGraceDays: 5,
    // Reminders wait while the debtor considers the offer or finance decides.
    responsePauseDays: 7,
  },
  promises: {
    // A transfer made on the promised date arrives within 1-2 business days.
    graceBusinessDays: 3,
    // A promise further out is a payment extension: finance decides.
    maxDaysAhead: 30,
    // After a broken promise, a new one needs a person's OK.
    maxBrokenPromisesForAutoAccept: 0,
    // After two broken promises another promise is not a plan; propose the next step.
    escalateAfterBrokenPromises: 2,
  },
  // Time to find the payment in the bank statements before any reminder.
  alreadyPaid: { pauseBusinessDays: 3 },
  // Sales gets a month to resolve it; the pause is lifted earlier when they do.
  dispute: { pauseDays: 30 },
  // Until the corrected invoice goes out; the reissued invoice starts its own term.
  missingPo: { pauseDays: 14 },
  // Time to process the invoice sent again to the right address.
  contact: { pauseDays: 7 },
  // Keep quiet one business day after the return date, so the person can catch up first.
  autoReply: { pauseBusinessDaysAfterReturn: 1 },
};
