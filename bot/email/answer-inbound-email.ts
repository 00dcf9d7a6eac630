import type { InboundEmail } from '../../channels/email/parse-inbound-email.ts';
import type { AnswerContext } from '../../prisma/email/load-answer-context.ts';
import type { EmailDeps } from './email-deps.ts';
import { planInboundAnswer } from './plan-inbound-answer.ts';
import { queueEmail } from './queue-email.ts';

/**
 * Answers a stored reply when the policy's proposal needs no approval and has a mail to go with
 * it (see planInboundAnswer). Keyed by the inbound message, so a replay after a crash queues
 * nothing twice.
 */
export async function answerInboundEmail({
  deps,
  context,
  email,
}: {
  deps: EmailDeps;
  context: AnswerContext;
  email: Pick<InboundEmail, 'references'>;
}): Promise<'queued' | 'already_queued' | 'not_answered'> {
  const request = planInboundAnswer({ deps, context, email });
  if (!request) return 'not_answered';
  const queued = await queueEmail({ deps, actor: 'email', ...request });
  return queued.created ? 'queued' : 'already_queued';
}
