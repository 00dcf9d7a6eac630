import { mayAnswerEmail } from '../../channels/email/may-answer-email.ts';
import type { InboundEmail } from '../../channels/email/parse-inbound-email.ts';
import type { EmailContent } from '../../channels/email/render-email.ts';
import { resolvePaymentLink } from '../../channels/email/resolve-payment-link.ts';
import type { AnswerContext } from '../../prisma/email/load-answer-context.ts';
import type { EmailRequest } from './build-queued-email.ts';
import type { EmailDeps } from './email-deps.ts';

/**
 * The automatic answer to a stored reply, or null: only when the policy's proposal needs no
 * approval and has a mail to go with it (dispute acknowledgement, PO request, payment link,
 * payment-plan confirmation). Everything else waits for a person. Never an answer to an
 * auto-reply, a bounce or anything automatic. Keyed by the inbound message (`answer:<id>`), so a
 * replay after a crash queues nothing twice.
 */
export function planInboundAnswer({
  deps,
  context,
  email,
}: {
  deps: Pick<EmailDeps, 'email' | 'companyName' | 'staffChannel'>;
  context: AnswerContext;
  email: Pick<InboundEmail, 'references'>;
}): EmailRequest | null {
  const proposal = context.proposal;
  if (!proposal || !context.fromAddress || !deps.email.from || !deps.email.replyTokenSecret) return null;
  const ownAddresses = [deps.email.from.address];
  if (
    !mayAnswerEmail({
      kind: context.kind ?? '',
      from: context.fromAddress,
      headers: context.headers,
      ownAddresses,
    })
  ) {
    return null;
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
      content = {
        ...common,
        template: 'dispute_acknowledgement',
        pausedUntil: context.pausedUntil,
        staffNotified: deps.staffChannel !== false,
      };
    } else if (!proposal.requiresApproval && proposal.action === 'request_po_number') {
      content = { ...common, template: 'po_request' };
      executes = true;
    } else if (!proposal.requiresApproval && proposal.action === 'send_payment_link') {
      const url = resolvePaymentLink({ email: deps.email, invoices: context.invoices });
      if (url) {
        content = { ...common, template: 'payment_link', url };
        executes = true;
      }
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
  if (!content || context.invoices.length === 0) return null;
  // Only a real Message-ID: a mail kept under "<id>#<hash>" (identifyEmails) is not one.
  const inReplyTo = /^<[^<>\s]+>$/u.test(context.externalId) ? context.externalId : null;
  return {
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
  };
}
