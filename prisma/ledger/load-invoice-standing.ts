import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import { TAKEN_UP_ELSEWHERE } from '../../domain/proposals/taken-up-elsewhere.ts';
import type { InvoiceStanding } from '../../domain/standing/invoice-standing.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/**
 * What is on file for one invoice right now: its active plan with every instalment, its open
 * dispute, and the oldest request of its debtor about it that waits for approval. Read fresh for
 * every chat turn and page view, because Slack, the e-mail channel or a payment change it.
 */
export async function loadInvoiceStanding({
  prisma,
  invoiceId,
}: {
  prisma: PrismaClient;
  invoiceId: string;
}): Promise<InvoiceStanding> {
  const invoice = await prisma.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      debtorId: true,
      paymentPlan: {
        select: {
          id: true,
          status: true,
          totalCents: true,
          currency: true,
          approvedAt: true,
          installments: { orderBy: { sequence: 'asc' } },
        },
      },
      disputes: {
        where: { status: { in: ['open', 'taken'] } },
        orderBy: { createdAt: 'asc' },
        take: 1,
        select: { id: true, status: true, createdAt: true },
      },
    },
  });
  if (!invoice) return { plan: null, dispute: null, pendingRequest: null };
  const request = await prisma.proposal.findFirst({
    where: {
      debtorId: invoice.debtorId,
      status: 'proposed',
      requiresApproval: true,
      // Dispute hand-offs and triage have their own record; they are no request waiting for finance.
      action: { notIn: [...TAKEN_UP_ELSEWHERE] },
      OR: [{ invoiceId }, { invoiceId: null }],
    },
    orderBy: { createdAt: 'asc' },
    select: { id: true, action: true, createdAt: true, params: true },
  });
  const step = request ? parseProposedStep(request) : null;
  const plan = invoice.paymentPlan?.status === 'active' ? invoice.paymentPlan : null;
  const dispute = invoice.disputes[0];
  return {
    plan: plan
      ? {
          id: plan.id,
          totalCents: plan.totalCents,
          currency: plan.currency,
          agreedAt: plan.approvedAt?.toISOString() ?? null,
          instalments: plan.installments.map((instalment) => ({
            sequence: instalment.sequence,
            dueDate: toIsoDate(instalment.dueDate),
            amountCents: instalment.amountCents,
            paidCents: instalment.paidCents,
            status: instalment.status,
          })),
        }
      : null,
    dispute: dispute
      ? {
          id: dispute.id,
          status: dispute.status as 'open' | 'taken',
          openedAt: dispute.createdAt.toISOString(),
        }
      : null,
    pendingRequest:
      request && step
        ? {
            proposalId: request.id,
            action: step.action,
            since: request.createdAt.toISOString(),
            instalments:
              'schedule' in step.params
                ? step.params.schedule.instalments.map((i) => ({
                    dueDate: i.dueDate,
                    amountCents: i.amountCents,
                  }))
                : null,
          }
        : null,
  };
}
