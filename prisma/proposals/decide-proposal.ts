import type { InstalmentSchedule } from '../../domain/plans/build-instalment-schedule.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { ProposedStep } from '../../domain/proposals/proposal.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { moveProposals } from './move-proposals.ts';
import { toJsonValue } from './to-json-value.ts';

export type ProposalDecision =
  | {
      readonly kind: 'approve';
      readonly schedule: InstalmentSchedule | null;
      readonly changed: boolean;
      /** What the approver entered (a confirmed contact address), kept for the executor. */
      readonly input?: { readonly contactEmail: string };
    }
  | { readonly kind: 'reject'; readonly note: string | null };

export type DecisionOutcome =
  | {
      readonly outcome: 'decided';
      readonly status: 'approved' | 'rejected';
      readonly debtorId: string;
      readonly messageId: string | null;
    }
  | {
      readonly outcome: 'already_decided';
      readonly status: string;
      readonly decidedBy: string | null;
      readonly decidedAt: Date | null;
    };

/**
 * Records a person's decision on a proposal exactly once: the move from `proposed` is a
 * conditional update, so a double click, Slack's retry or a second approver finds it decided and
 * changes nothing. An approved proposal is carried out by bot/decisions/execute-approved-proposal.ts
 * right after (or by the worker's sweep after a crash), the same step the policy's own approvals
 * go through; a plan finance changed is stored on the proposal, so that step creates exactly the
 * plan that was approved. A rejection lifts the pause the proposal had set, so dunning continues.
 */
export async function decideProposal({
  prisma,
  proposalId,
  actor,
  decision,
  now = new Date(),
}: {
  prisma: PrismaClient;
  proposalId: string;
  /** "slack:U123" */
  actor: string;
  decision: ProposalDecision;
  now?: Date;
}): Promise<DecisionOutcome> {
  return prisma.$transaction(async (tx) => {
    const to = decision.kind === 'approve' ? 'approved' : 'rejected';
    const before = await tx.proposal.findUnique({ where: { id: proposalId } });
    // A plan finance changed is stored with the approval, so the executor creates exactly that plan.
    const schedule = decision.kind === 'approve' && decision.changed ? decision.schedule : null;
    const step = schedule && before ? parseProposedStep(before) : null;
    const changedPlan = schedule && step ? withSchedule(step, schedule) : null;
    const moved = await moveProposals({
      tx,
      which: { id: proposalId },
      from: 'proposed',
      to,
      by: actor,
      at: now,
      ...(changedPlan ? { step: changedPlan } : {}),
    });
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    if (moved.length === 0) {
      return {
        outcome: 'already_decided',
        status: proposal.status,
        decidedBy: proposal.decidedBy,
        decidedAt: proposal.decidedAt,
      };
    }
    const audit: Prisma.AuditEventCreateManyInput[] = [
      {
        actor,
        type: decision.kind === 'approve' ? 'proposal.approved' : 'proposal.rejected',
        entityType: 'proposal',
        entityId: proposalId,
        data: {
          action: proposal.action,
          ...(decision.kind === 'approve'
            ? {
                changed: decision.changed,
                ...(decision.input ? { input: decision.input } : {}),
                // What the policy proposed, when finance changed it: the proposal now holds the approved plan.
                ...(changedPlan && step && 'schedule' in step.params
                  ? { proposedSchedule: toJsonValue(step.params.schedule) }
                  : {}),
              }
            : { note: decision.note }),
        },
      },
    ];
    if (decision.kind === 'reject') {
      const lifted = await tx.dunningPause.updateMany({
        where: { createdBy: `proposal:${proposalId}`, liftedAt: null },
        data: { liftedAt: now },
      });
      if (lifted.count > 0) {
        audit.push({
          actor,
          type: 'dunning.resumed',
          entityType: 'proposal',
          entityId: proposalId,
          data: { liftedPauses: lifted.count },
        });
      }
    }
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'decided', status: to, debtorId: proposal.debtorId, messageId: proposal.messageId };
  });
}

/** The plan proposal with finance's schedule instead of the policy's; any other action has no plan to change. */
function withSchedule(step: ProposedStep, schedule: InstalmentSchedule): ProposedStep | null {
  switch (step.action) {
    case 'offer_payment_plan':
      return { ...step, params: { ...step.params, schedule } };
    case 'request_plan_approval':
      return { ...step, params: { ...step.params, schedule } };
    default:
      return null;
  }
}
