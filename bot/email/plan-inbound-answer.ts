import { mayAnswerEmail } from '../../channels/email/may-answer-email.ts';
import type { InboundEmail } from '../../channels/email/parse-inbound-email.ts';
import type { EmailContent } from '../../channels/email/render-email.ts';
import { replyTargetOf } from '../../domain/model/reply-target-of.ts';
import type { AnswerContext } from '../../prisma/email/load-answer-context.ts';
import type { EmailRequest } from './build-queued-email.ts';
import type { EmailDeps } from './email-deps.ts';

/**
 * The acknowledgement of a dispute, or null. It is the one automatic answer that carries nothing
 * out: the hand-over to sales is still open (the Slack dispatch posts it), and the pause it names
 * is read back from the database. Everything the policy approves by itself (a plan, a PO request,
 * a payment link, a promise) is carried out first and answered by its own notice
 * (bot/actions/execute-auto-approved-proposals.ts), so a mail never claims a plan, a promise or a
 * pause that was not stored. Never an answer to an auto-reply, a bounce or anything automatic.
 * Keyed by the inbound message (`answer:<id>`), so a replay after a crash queues nothing twice.
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
  if (proposal.action !== 'handoff_to_sales' || proposal.status !== 'proposed') return null;
  const content: EmailContent = {
    ...common,
    template: 'dispute_acknowledgement',
    pausedUntil: context.pausedUntil,
    staffNotified: deps.staffChannel !== false,
  };
  if (context.invoices.length === 0) return null;
  const inReplyTo = replyTargetOf(context.externalId);
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
  };
}
