import { AppError } from '../../domain/errors/app-error.ts';
import type { NextStepAction } from '../../domain/proposals/next-step.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { ProposedStep } from '../../domain/proposals/proposal.ts';
import {
  checkProposalMove,
  moveCondition,
  movesDecide,
  type ProposalStatus,
} from '../../domain/proposals/proposal-status.ts';
import type { Prisma } from '../generated/client.ts';
import { toJsonValue } from './to-json-value.ts';

export interface MovedProposal {
  readonly id: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly messageId: string | null;
  readonly action: string;
  readonly requiresApproval: boolean;
}

/**
 * The one place a proposal's status changes, inside the caller's transaction. The move must be
 * one the state machine allows (domain/proposals/proposal-status.ts); asking for another is a bug
 * and throws. The update is conditional on the status it moves from (and, for a proposal carried
 * out without a person, on needing none), so two deciders racing cannot both win: the loser moves
 * nothing and gets an empty list. A move out of `proposed` records who decided and when; a move to
 * `executed` when. Finance's changed plan is written with the approval, checked against its schema.
 */
export async function moveProposals({
  tx,
  which,
  from,
  to,
  by,
  at,
  step,
}: {
  tx: Prisma.TransactionClient;
  /** One proposal by id, or those of a message or of invoices (optionally of one action). */
  which: (
    | { id: string }
    | { messageId: string }
    | { invoiceId: string }
    | { invoiceIds: readonly string[] }
  ) & {
    action?: NextStepAction;
    /** Leave proposals of this action where they are. */
    exceptAction?: NextStepAction;
  };
  from: ProposalStatus;
  to: ProposalStatus;
  /** The decider: "slack:U123", "policy", "debtor:chat", "provider:mollie", ... */
  by: string;
  at: Date;
  /** New params for the proposal moved (only with `which.id`); their action must be the proposal's. */
  step?: ProposedStep;
}): Promise<MovedProposal[]> {
  const condition = moveCondition(from, to);
  if (condition === null) {
    const refused = checkProposalMove({ from, to, requiresApproval: false });
    throw new AppError(
      'INTERNAL',
      `A proposal cannot move ${from} -> ${to}: ${refused.allowed ? '' : refused.why}.`,
    );
  }
  if (step) parseProposedStep({ id: 'id' in which ? which.id : 'unknown', ...step });
  const { action, exceptAction, ...one } = which;
  const target = 'invoiceIds' in one ? { invoiceId: { in: [...one.invoiceIds] } } : one;
  return tx.proposal.updateManyAndReturn({
    where: {
      ...target,
      ...(action ? { action } : {}),
      ...(exceptAction ? { NOT: { action: exceptAction } } : {}),
      ...(step ? { action: step.action } : {}),
      status: from,
      ...(condition === 'needs_no_person' ? { requiresApproval: false } : {}),
    },
    data: {
      status: to,
      ...(movesDecide(from) ? { decidedBy: by, decidedAt: at } : {}),
      ...(to === 'executed' ? { executedAt: at } : {}),
      ...(step ? { params: toJsonValue(step.params) } : {}),
    },
    select: {
      id: true,
      debtorId: true,
      invoiceId: true,
      messageId: true,
      action: true,
      requiresApproval: true,
    },
  });
}
