import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { ProposedStep } from './proposal.ts';
import { ACTION_PARAMS, ZBaseParams } from './proposal-params.ts';

const step = <A extends keyof typeof ACTION_PARAMS, S extends z.ZodRawShape>(
  action: A,
  params: z.ZodObject<S>,
) => z.object({ action: z.literal(action), params: ZBaseParams.extend(params.shape) });

/** Every action with its params' schema; a test checks that none is missing. */
const ZProposedStep = z.discriminatedUnion('action', [
  step('send_payment_link', ACTION_PARAMS.send_payment_link),
  step('offer_payment_plan', ACTION_PARAMS.offer_payment_plan),
  step('request_plan_approval', ACTION_PARAMS.request_plan_approval),
  step('handoff_to_sales', ACTION_PARAMS.handoff_to_sales),
  step('request_po_number', ACTION_PARAMS.request_po_number),
  step('reissue_invoice', ACTION_PARAMS.reissue_invoice),
  step('check_payment', ACTION_PARAMS.check_payment),
  step('request_payment_reference', ACTION_PARAMS.request_payment_reference),
  step('record_promise', ACTION_PARAMS.record_promise),
  step('resend_invoice', ACTION_PARAMS.resend_invoice),
  step('update_contact', ACTION_PARAMS.update_contact),
  step('mark_undeliverable', ACTION_PARAMS.mark_undeliverable),
  step('retry_after_return', ACTION_PARAMS.retry_after_return),
  step('no_action', ACTION_PARAMS.no_action),
  step('human_review', ACTION_PARAMS.human_review),
  step('escalate', ACTION_PARAMS.escalate),
]);

/**
 * A proposal's action and params as stored (JSON from the database, or about to be written),
 * parsed with the action's schema. A row that does not parse is a broken record, never guessed
 * at: the error names the proposal and the field, so a person can find and repair it.
 */
export function parseProposedStep({
  id,
  action,
  params,
}: {
  /** The proposal's id, for the error; "new" before it is stored. */
  id: string;
  action: string;
  params: unknown;
}): ProposedStep {
  const parsed = ZProposedStep.safeParse({ action, params });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'action')
      ? `action "${action}" is not one the policy knows`
      : `${issue.path.join('.')}: ${issue.message}`,
  );
  throw new AppError(
    'DATA_INVALID',
    `Proposal ${id} (${action}) is stored with params its action does not allow: ${[...new Set(problems)].join('; ')}. ` +
      'Repair or expire the row; nothing is done with it until then.',
    { cause: parsed.error, details: { proposalId: id, action, issues: parsed.error.issues } },
  );
}
