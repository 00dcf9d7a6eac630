import { mayAnswerEmail } from '../../channels/email/may-answer-email.ts';
import type { InboundEmail } from '../../channels/email/parse-inbound-email.ts';
import type { EmailContent } from '../../channels/email/render-email.ts';
import type { AnswerContext } from '../../prisma/email/load-answer-context.ts';
import type { EmailDeps } from './email-deps.ts';
import { queueEmail } from './queue-email.ts';

/**
 * Answers a stored reply when the policy's proposal needs no approval and has a mail to go with
 * it: dispute acknowledgement, PO request, payment link, payment-plan confirmation. Everything
 * else waits for a person. Never answers an auto-reply, a bounce or anything automatic. Keyed by
 * the inbound message, so a replay after a crash queues nothing twice.
 */
export async function answerInboundEmail({
  deps,
  context,
  email,
}: {
  deps: EmailDeps;
  context: AnswerContext;
  email: InboundEmail;
}): Promise<'queued' | 'already_queued' | 'not_answered'> {
  const proposal = context.proposal;
  if (!proposal || !context.fromAddress || !deps.email.from || !deps.email.replyTokenSecret)
    return 'not_answered';
  const ownAddresses = [deps.email.from.address];
  if (
    !mayAnswerEmail({
      kind: context.kind ?? '',
      from: context.fromAddress,
      headers: context.headers,
      ownAddresses,
    })
  ) {
    return 'not_answered';
  }
  const common = {
    companyName: deps.companyName,
    debtorName: context.debtorName,
    invoices: context.invoices,
  };
  let content: EmailContent | null = null;
  // An acknowledgement commits to nothing, so it goes even while the hand-over waits for sales.
  let executes = false;
  if (proposal.status === 'proposed' || proposal.status === 'executed') {
    if (proposal.action === 'handoff_to_sales') {
      content = { ...common, template: 'dispute_acknowledgement', pausedUntil: context.pausedUntil };
    } else if (!proposal.requiresApproval && proposal.action === 'request_po_number') {
      content = { ...common, template: 'po_request' };
      executes = true;
    } else if (
      !proposal.requiresApproval &&
      proposal.action === 'send_payment_link' &&
      deps.email.paymentLinkUrl
    ) {
      const numbers = context.invoices.map((invoice) => invoice.number).join(',');
      content = {
        ...common,
        template: 'payment_link',
        url: deps.email.paymentLinkUrl.replace('{invoice}', encodeURIComponent(numbers)),
      };
      executes = true;
    } else if (!proposal.requiresApproval && proposal.action === 'offer_payment_plan') {
      const schedule = proposal.params.schedule as
        | { instalments?: { dueDate: string; amountCents: number }[] }
        | undefined;
      if (schedule?.instalments?.length) {
        content = { ...common, template: 'payment_plan_confirmation', instalments: schedule.instalments };
        executes = true;
      }
    }
  }
  if (!content || context.invoices.length === 0) return 'not_answered';
  const inReplyTo = context.externalId.startsWith('<') ? context.externalId : null;
  const queued = await queueEmail({
    deps,
    idempotencyKey: `answer:${context.messageId}`,
    content,
    language:
      proposal.params.replyLanguage === 'nl' ||
      (!proposal.params.replyLanguage && context.debtorLanguage === 'nl')
        ? 'nl'
        : 'en',
    to: context.fromAddress,
    debtorId: context.debtorId,
    invoiceId: context.invoices.length === 1 ? context.invoices[0]!.id : null,
    replyTo: {
      threadId: context.threadId,
      inReplyTo,
      references: email.references,
      subject: context.subject ?? '',
    },
    proposalId: executes && proposal.status === 'proposed' ? proposal.id : null,
    actor: 'email',
  });
  return queued.created ? 'queued' : 'already_queued';
}
