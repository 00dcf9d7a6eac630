import type { InstalmentSchedule } from '../../domain/plans/build-instalment-schedule.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { fromIsoDate } from '../repositories/to-iso-date.ts';

export type ProposalDecision =
  | { readonly kind: 'approve'; readonly schedule: InstalmentSchedule | null; readonly changed: boolean }
  | { readonly kind: 'reject'; readonly note: string | null };

export type DecisionOutcome =
  | {
      readonly outcome: 'decided';
      readonly status: 'approved' | 'executed' | 'rejected';
      readonly debtorId: string;
      readonly messageId: string | null;
      readonly planId: string | null;
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
 * changes nothing. An approved payment plan is carried out in the same transaction (plan,
 * instalments, invoices set to planned); other approved actions wait for their executor. A
 * rejection lifts the pause the proposal had set, so dunning continues.
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
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, status: 'proposed' },
      data: { status: to, decidedBy: actor, decidedAt: now },
    });
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    if (count === 0) {
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
          ...(decision.kind === 'approve' ? { changed: decision.changed } : { note: decision.note }),
        },
      },
    ];
    let planId: string | null = null;
    let status: 'approved' | 'executed' | 'rejected' = to;
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
    } else if (decision.schedule) {
      planId = await createPlan(tx, {
        proposalId,
        debtorId: proposal.debtorId,
        actor,
        now,
        schedule: decision.schedule,
        params: proposal.params,
        audit,
      });
      await tx.proposal.update({ where: { id: proposalId }, data: { status: 'executed', executedAt: now } });
      status = 'executed';
    }
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'decided', status, debtorId: proposal.debtorId, messageId: proposal.messageId, planId };
  });
}

async function createPlan(
  tx: Prisma.TransactionClient,
  {
    proposalId,
    debtorId,
    actor,
    now,
    schedule,
    params,
    audit,
  }: {
    proposalId: string;
    debtorId: string;
    actor: string;
    now: Date;
    schedule: InstalmentSchedule;
    params: Prisma.JsonValue;
    audit: Prisma.AuditEventCreateManyInput[];
  },
): Promise<string> {
  const invoiceIds = readInvoiceIds(params);
  const plan = await tx.paymentPlan.create({
    data: {
      debtorId,
      proposalId,
      status: 'active',
      totalCents: schedule.totalCents,
      downPaymentCents: schedule.downPaymentCents,
      approvedBy: actor,
      approvedAt: now,
      installments: {
        create: schedule.instalments.map((instalment) => ({
          sequence: instalment.index + 1,
          dueDate: fromIsoDate(instalment.dueDate),
          amountCents: instalment.amountCents,
        })),
      },
    },
  });
  const planned = await tx.invoice.updateMany({
    where: { id: { in: invoiceIds }, debtorId, status: { in: ['open', 'disputed', 'planned'] } },
    data: { status: 'planned', paymentPlanId: plan.id },
  });
  audit.push({
    actor,
    type: 'plan.created',
    entityType: 'payment_plan',
    entityId: plan.id,
    data: {
      proposalId,
      totalCents: schedule.totalCents,
      downPaymentCents: schedule.downPaymentCents,
      instalments: schedule.instalments.map((i) => ({ dueDate: i.dueDate, amountCents: i.amountCents })),
      invoiceIds,
      invoicesPlanned: planned.count,
    },
  });
  return plan.id;
}

function readInvoiceIds(params: Prisma.JsonValue): string[] {
  const ids = params && typeof params === 'object' && !Array.isArray(params) ? params.invoiceIds : null;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
