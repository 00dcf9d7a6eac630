import type { ExecutionEffect, ExecutionPlan } from '../../domain/proposals/plan-proposal-execution.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { fromIsoDate } from '../sql/to-iso-date.ts';
import { moveProposals } from './move-proposals.ts';
import { writeActionNotices } from './write-action-notices.ts';

export type ExecutionOutcome =
  | { readonly outcome: 'executed'; readonly notices: number; readonly summary: string }
  /** Left open for a person (sales, triage); the debtor is owed only that it is in hand. */
  | { readonly outcome: 'acknowledged'; readonly notices: number; readonly summary: string }
  | { readonly outcome: 'not_executable'; readonly reason: string }
  /** Someone (a double click, the worker's sweep) carried it out first, or it was never approved. */
  | { readonly outcome: 'not_approved'; readonly status: string };

/**
 * Carries out a decided proposal exactly once, whoever decided it: the move to executed is a
 * conditional update in the same transaction as the effects, their audit events (with the
 * decider as actor) and the notices owed to the debtor. A person's approval moves it from
 * approved; the policy's own approval (`approvedBy: 'policy'`) moves it straight from proposed,
 * and only when the proposal needs no person. A proposal that cannot be carried out moves to
 * expired with the reason, so it is neither retried forever nor silently dropped. One the policy
 * leaves to a person (`acknowledge`: a dispute waits for sales, whom the Slack dispatch hands it
 * to) keeps its status: only its notices are written, while it is still open and needs no
 * person's approval; a replay writes nothing again (the notices are keyed).
 */
export async function executeProposal({
  prisma,
  proposalId,
  actor,
  plan,
  approvedBy = 'person',
  toldInChat = false,
  now = new Date(),
}: {
  prisma: PrismaClient;
  proposalId: string;
  /** The approver, "slack:U123", or "policy". */
  actor: string;
  plan: ExecutionPlan;
  /** 'policy': approved by the policy itself, decided and executed in this one transaction. */
  approvedBy?: 'person' | 'policy';
  /** Decided in an open chat dialog, which tells the debtor itself: its chat notices count as handed over. */
  toldInChat?: boolean;
  now?: Date;
}): Promise<ExecutionOutcome> {
  return prisma.$transaction(async (tx) => {
    if (plan.kind === 'acknowledge') return acknowledge(tx, { proposalId, plan, toldInChat, now });
    const byPolicy = approvedBy === 'policy';
    // The policy approves only what needs no person: the move from proposed to executed requires it.
    const moved = await moveProposals({
      tx,
      which: { id: proposalId },
      from: byPolicy ? 'proposed' : 'approved',
      to: plan.kind === 'execute' ? 'executed' : 'expired',
      by: actor,
      at: now,
    });
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    if (moved.length === 0) return { outcome: 'not_approved', status: proposal.status };
    if (plan.kind === 'blocked') {
      await tx.auditEvent.create({
        data: {
          actor,
          type: 'proposal.not_executable',
          entityType: 'proposal',
          entityId: proposalId,
          data: { action: proposal.action, reason: plan.reason },
        },
      });
      return { outcome: 'not_executable', reason: plan.reason };
    }
    const audit: Prisma.AuditEventCreateManyInput[] = byPolicy
      ? [
          {
            actor,
            type: 'proposal.approved',
            entityType: 'proposal',
            entityId: proposalId,
            data: { action: proposal.action, changed: false, byPolicy: true },
          },
        ]
      : [];
    let planId: string | null = null;
    for (const effect of plan.effects) {
      const created = await applyEffect(tx, {
        effect,
        debtorId: proposal.debtorId,
        proposalId,
        actor,
        now,
        audit,
      });
      planId = created ?? planId;
    }
    const notices = await writeActionNotices(tx, {
      proposalId,
      debtorId: proposal.debtorId,
      toldInChat,
      now,
      // The confirmation names the plan it confirms, for the timeline and the chat.
      notices: plan.notices.map((notice) =>
        planId && notice.template === 'payment_plan_confirmation'
          ? { ...notice, params: { ...notice.params, planId } }
          : notice,
      ),
    });
    audit.push({
      actor,
      type: 'proposal.executed',
      entityType: 'proposal',
      entityId: proposalId,
      data: {
        action: proposal.action,
        summary: plan.summary,
        effects: plan.effects.map((effect) => effect.kind),
        notices: plan.notices.map((notice) => notice.key),
      },
    });
    await tx.auditEvent.createMany({ data: audit });
    return { outcome: 'executed', notices, summary: plan.summary };
  });
}

/** An acknowledgement carries nothing out: the notices alone, and only while the proposal is open. */
async function acknowledge(
  tx: Prisma.TransactionClient,
  {
    proposalId,
    plan,
    toldInChat,
    now,
  }: {
    proposalId: string;
    plan: Extract<ExecutionPlan, { kind: 'acknowledge' }>;
    toldInChat: boolean;
    now: Date;
  },
): Promise<ExecutionOutcome> {
  const proposal = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: { debtorId: true, status: true, requiresApproval: true },
  });
  if (proposal?.status !== 'proposed' || proposal.requiresApproval) {
    return { outcome: 'not_approved', status: proposal?.status ?? 'missing' };
  }
  const notices = await writeActionNotices(tx, {
    proposalId,
    debtorId: proposal.debtorId,
    notices: plan.notices,
    toldInChat,
    now,
  });
  return { outcome: 'acknowledged', notices, summary: plan.summary };
}

async function applyEffect(
  tx: Prisma.TransactionClient,
  {
    effect,
    debtorId,
    proposalId,
    actor,
    now,
    audit,
  }: {
    effect: ExecutionEffect;
    debtorId: string;
    proposalId: string;
    actor: string;
    now: Date;
    audit: Prisma.AuditEventCreateManyInput[];
  },
): Promise<string | null> {
  switch (effect.kind) {
    case 'create_plan':
      return createPlan(tx, { effect, debtorId, proposalId, actor, now, audit });
    case 'set_po_number': {
      const invoices = await tx.invoice.findMany({ where: { id: { in: [...effect.invoiceIds] }, debtorId } });
      for (const invoice of invoices) {
        await tx.invoice.update({ where: { id: invoice.id }, data: { poNumber: effect.poNumber } });
        audit.push({
          actor,
          type: 'invoice.po_number_set',
          entityType: 'invoice',
          entityId: invoice.id,
          data: { proposalId, previous: invoice.poNumber, poNumber: effect.poNumber },
        });
      }
      return null;
    }
    case 'add_primary_contact': {
      const previous = await tx.contact.findFirst({ where: { debtorId, isPrimary: true } });
      await tx.contact.updateMany({ where: { debtorId, isPrimary: true }, data: { isPrimary: false } });
      const contact = await tx.contact.upsert({
        where: { debtorId_email: { debtorId, email: effect.email } },
        create: { debtorId, email: effect.email, isPrimary: true },
        // A person confirmed this address for the invoices: it is in use again, reminders included.
        update: {
          isPrimary: true,
          undeliverable: false,
          undeliverableReason: null,
          active: true,
          receivesReminders: true,
        },
      });
      audit.push({
        actor,
        type: 'contact.primary_changed',
        entityType: 'contact',
        entityId: contact.id,
        data: { proposalId, email: effect.email, previous: previous?.email ?? null },
      });
      return null;
    }
    case 'record_promise': {
      const promise = await tx.paymentPromise.create({
        data: {
          debtorId,
          invoiceId: effect.invoiceId,
          messageId: effect.messageId,
          promisedDate: fromIsoDate(effect.promisedDate),
          amountCents: effect.amountCents,
        },
      });
      audit.push({
        actor,
        type: 'promise.recorded',
        entityType: 'payment_promise',
        entityId: promise.id,
        data: { proposalId, promisedDate: effect.promisedDate, amountCents: effect.amountCents },
      });
      return null;
    }
    case 'end_breached_plan': {
      const ended = await tx.paymentPlan.updateMany({
        where: { id: effect.planId, debtorId, status: 'active' },
        data: { status: 'breached' },
      });
      const reopened = await tx.invoice.updateMany({
        where: { paymentPlanId: effect.planId, debtorId, status: 'planned' },
        data: { status: 'open', paymentPlanId: null },
      });
      audit.push({
        actor,
        type: 'plan.breached',
        entityType: 'payment_plan',
        entityId: effect.planId,
        data: { proposalId, ended: ended.count, invoicesReopened: reopened.count, at: now.toISOString() },
      });
      return null;
    }
  }
}

/** The plan and its instalments; its invoices move to planned, so the ladder leaves them alone. */
async function createPlan(
  tx: Prisma.TransactionClient,
  {
    effect,
    debtorId,
    proposalId,
    actor,
    now,
    audit,
  }: {
    effect: Extract<ExecutionEffect, { kind: 'create_plan' }>;
    debtorId: string;
    proposalId: string;
    actor: string;
    now: Date;
    audit: Prisma.AuditEventCreateManyInput[];
  },
): Promise<string> {
  const { schedule, invoiceIds } = effect;
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
    where: { id: { in: [...invoiceIds] }, debtorId, status: { in: ['open', 'disputed', 'planned'] } },
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
      invoiceIds: [...invoiceIds],
      invoicesPlanned: planned.count,
    },
  });
  return plan.id;
}
