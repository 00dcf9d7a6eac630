import { z } from 'zod';
import type { WikResult } from '../law/compute-wik.ts';
import { SENDER_AUTHORITIES } from '../model/sender-authority.ts';
import type { InstalmentSchedule } from '../plans/build-instalment-schedule.ts';
import type { MissedInstalment } from '../plans/detect-plan-breach.ts';
import type { PlanEvaluation } from '../plans/evaluate-plan-request.ts';
import { LANGUAGES, REASON_CODES } from '../reasons.ts';
import { NEXT_STEP_ACTIONS, type NextStepAction } from './next-step.ts';

/**
 * What each action's proposal carries besides its rationale: the schema its `params` are written
 * with and parsed with when they come back from the database (JSON is an edge too). One schema per
 * action; a field the producers always set is required, one that only some of them set is optional.
 */

const ZIsoDate = z.iso.date();
const ZCents = z.number().int();
const ZAction = z.enum(NEXT_STEP_ACTIONS);
const ZIds: z.ZodType<readonly string[]> = z.array(z.string());
const ZMissed: z.ZodType<readonly MissedInstalment[]> = z.array(
  z.object({ index: z.number().int(), dueDate: ZIsoDate, deadline: ZIsoDate, unpaidCents: ZCents }),
);
const ZWik: z.ZodType<WikResult> = z.object({
  principalCents: ZCents,
  wikCents: ZCents,
  vatCents: ZCents,
  vatRateBasisPoints: z.number().int(),
  costsCents: ZCents,
});

/**
 * A plan's schedule, as the policy builds it (domain/plans/build-instalment-schedule.ts) or finance
 * changed it. Typed with the domain's (readonly) types, so what the policy builds can be stored as it is.
 */
export const ZInstalmentSchedule: z.ZodType<InstalmentSchedule> = z
  .object({
    totalCents: z.number().int().positive(),
    downPaymentCents: z.number().int().min(0),
    count: z.number().int().positive(),
    period: z.enum(['month', 'week']),
    instalments: z
      .array(
        z.object({
          index: z.number().int().min(0),
          kind: z.enum(['down_payment', 'instalment']),
          dueDate: ZIsoDate,
          amountCents: z.number().int().positive(),
        }),
      )
      .min(1),
  })
  .refine((s) => s.instalments.reduce((sum, i) => sum + i.amountCents, 0) === s.totalCents, {
    message: 'the instalments do not add up to totalCents',
  });

const ZPlanEvaluation: z.ZodType<PlanEvaluation> = z.object({
  kind: z.enum(['auto_approve', 'needs_approval', 'rejected']),
  reasons: z.array(z.string()),
});

/** Every proposal: the invoices it concerns and the language to tell the debtor in. */
export const ZBaseParams = z.object({
  invoiceIds: ZIds,
  /** Absent on a review of an unverified sender (nobody is answered); null when the standing answered. */
  replyLanguage: z.enum(LANGUAGES).nullable().optional(),
});

/** Per action, what its params hold beyond the base. */
export const ACTION_PARAMS = {
  send_payment_link: z.object({ amountCents: ZCents }),
  offer_payment_plan: z.object({
    schedule: ZInstalmentSchedule,
    evaluation: ZPlanEvaluation,
    /** Set when the debtor asked for more than the policy allows and this is the closest plan inside it. */
    counterOffer: z.literal(true).optional(),
    requested: ZInstalmentSchedule.optional(),
  }),
  request_plan_approval: z.object({
    schedule: ZInstalmentSchedule,
    evaluation: ZPlanEvaluation,
    counterOffer: ZInstalmentSchedule.nullable(),
  }),
  handoff_to_sales: z.object({ accountOwner: z.string().nullable() }),
  request_po_number: z.object({}),
  reissue_invoice: z.object({ poNumber: z.string() }),
  check_payment: z.object({
    paidOn: ZIsoDate.nullable(),
    amountCents: ZCents.nullable(),
    iban: z.string().nullable(),
    /** The payment reference the debtor gave in the chat. */
    reference: z.string().optional(),
  }),
  request_payment_reference: z.object({ reference: z.string().optional() }),
  record_promise: z.object({
    promisedDate: ZIsoDate,
    amountCents: ZCents,
    partial: z.boolean(),
    followUpOn: ZIsoDate,
  }),
  resend_invoice: z.object({}),
  update_contact: z.object({ followUpAction: z.literal('resend_invoice') }),
  mark_undeliverable: z.object({}),
  retry_after_return: z.object({ returnDate: ZIsoDate }),
  no_action: z.object({
    /** Set when the record on file answers the question (domain/standing/answer-from-standing.ts). */
    answeredFromStanding: z.enum(['plan_active', 'plan_pending', 'dispute_open']).optional(),
    insteadOf: ZAction.optional(),
  }),
  /** From the policy (an uncertain reason, a person asked for), a promise without a date, or an unverified sender. */
  human_review: z.object({
    suggestedReason: z.enum(REASON_CODES).nullable().optional(),
    confidence: z.number().optional(),
    askedForPerson: z.literal(true).optional(),
    suggestedAction: ZAction.optional(),
    reviewReason: z.literal('sender_unverified').optional(),
    senderAuthority: z.enum(SENDER_AUTHORITIES).optional(),
    /** Our receiving server's word that From is forged: "From failed DMARC at mx.example.nl". */
    authenticationFailure: z.string().optional(),
    reference: z.string().optional(),
  }),
  /** From a promise after broken ones, a breached plan, or a ladder step that needs a person. */
  escalate: z.object({
    nextStepCode: z.string().nullable().optional(),
    promisedDate: ZIsoDate.nullable().optional(),
    planId: z.string().optional(),
    missed: ZMissed.optional(),
    unpaidCents: ZCents.optional(),
    stepCode: z.string().optional(),
    stepLabel: z.string().optional(),
    principalCents: ZCents.optional(),
    costs: ZWik.nullable().optional(),
  }),
} satisfies Record<NextStepAction, z.ZodObject>;

export type BaseParams = z.infer<typeof ZBaseParams>;

/** An action's own params; an action with none has an empty object (zod would infer an index of never). */
export type ActionParams<A extends NextStepAction> = keyof (typeof ACTION_PARAMS)[A]['shape'] extends never
  ? Record<never, never>
  : z.infer<(typeof ACTION_PARAMS)[A]>;

export type ProposalParams<A extends NextStepAction> = BaseParams & ActionParams<A>;
