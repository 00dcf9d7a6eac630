import type { TurnContext } from 'botbuilder';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { nextOpenInstalment } from '../../domain/standing/next-open-instalment.ts';
import { sessionOf, standingOf, textsOf } from './chat-deps.ts';

const PLAN_REQUESTS: readonly string[] = ['offer_payment_plan', 'request_plan_approval'];

/**
 * What the chat says about what is on file for the invoice, read from the standing loaded when
 * the turn started: for a question about a plan (the active plan with its instalments, or the
 * plan request waiting for finance), about a dispute (the open one), or everything at the
 * greeting. null when nothing on file answers the question, and the dialog goes ahead.
 */
export function tellStanding(context: TurnContext, question: 'plan' | 'dispute' | 'greeting'): string | null {
  const t = textsOf(context);
  const standing = standingOf(context);
  const day = (instant: string) => amsterdamDate(new Date(instant));
  const said: string[] = [];
  if (question !== 'dispute' && standing.plan) {
    const next = nextOpenInstalment(standing.plan.instalments);
    said.push(
      t.planActive(
        standing.plan.instalments.map((i) => ({
          dueDate: i.dueDate,
          amountCents: i.amountCents,
          paid: i.status === 'paid' || i.paidCents >= i.amountCents,
        })),
        next ? { dueDate: next.dueDate, amountCents: next.leftCents } : null,
        sessionOf(context).invoiceNumber,
      ),
    );
  }
  const request = standing.pendingRequest;
  if (
    request &&
    !standing.plan &&
    (question === 'greeting' || (question === 'plan' && PLAN_REQUESTS.includes(request.action)))
  ) {
    said.push(
      t.requestPending(
        day(request.since),
        PLAN_REQUESTS.includes(request.action) ? request.instalments : null,
      ),
    );
  }
  if (question !== 'plan' && standing.dispute) said.push(t.disputeOnFile(day(standing.dispute.openedAt)));
  return said.length > 0 ? said.join('\n\n') : null;
}
