import type { NoticeSpec } from '../../domain/actions/action-notice.ts';
import type { InstalmentSchedule } from '../../domain/plans/build-instalment-schedule.ts';
import { writeActionNotices } from '../actions/write-action-notices.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { fromIsoDate, toIsoDate } from '../repositories/to-iso-date.ts';

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
 * instalments, invoices set to planned, the confirmation owed to the debtor); other approved
 * actions are carried out by bot/actions/execute-approved-proposal.ts right after (or by the
 * worker's sweep after a crash). A rejection lifts the pause the proposal had set, so dunning
 * continues.
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
          ...(decision.kind === 'approve'
            ? { changed: decision.changed, ...(decision.input ? { input: decision.input } : {}) }
            : { note: decision.note }),
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
      await writeActionNotices(tx, {
        proposalId,
        debtorId: proposal.debtorId,
        notices: [await planConfirmation(tx, { proposalId, planId, schedule: decision.schedule })],
      });
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

/** The plan confirmation the debtor is owed, on the channel they wrote on, in their language. */
async function planConfirmation(
  tx: Prisma.TransactionClient,
  { proposalId, planId, schedule }: { proposalId: string; planId: string; schedule: InstalmentSchedule },
): Promise<NoticeSpec> {
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    include: { debtor: true, message: { select: { channel: true } } },
  });
  const params = (proposal.params ?? {}) as Record<string, unknown>;
  const invoices = await tx.invoice.findMany({
    where: { id: { in: readInvoiceIds(proposal.params) }, debtorId: proposal.debtorId },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
  const language = params.replyLanguage ?? proposal.debtor.language;
  return {
    key: `plan-approved:${planId}`,
    template: 'payment_plan_confirmation',
    channel: proposal.message?.channel === 'chat' ? 'chat' : 'email',
    params: {
      language: language === 'nl' ? 'nl' : 'en',
      invoices: invoices.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        openCents: invoice.openCents,
        dueDate: toIsoDate(invoice.dueDate),
      })),
      planId,
      instalments: schedule.instalments.map((i) => ({ dueDate: i.dueDate, amountCents: i.amountCents })),
    },
  };
}
