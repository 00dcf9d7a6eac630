import { renderPaymentReviewDecided } from '../../channels/slack/blocks/render-payment-review-decided.ts';
import type { Database } from '../../prisma/open-database.ts';
import { enqueueSlackCall } from '../../prisma/outbox/enqueue-slack-call.ts';
import { isSlackMessageQueued } from '../../prisma/outbox/is-slack-message-queued.ts';

/**
 * After finance applied a bank transfer waiting for review (in Slack or the console), Slack's
 * payment review message says who put it on which invoice, button gone. Only a review message
 * that was posted (or queued) is updated: without Slack nothing waits for one. Once per transfer.
 */
export async function announcePaymentReview({
  db,
  providerPaymentId,
  by,
  invoiceNumber,
  openCents,
}: {
  db: Pick<Database, 'prisma'>;
  providerPaymentId: string;
  by: string;
  invoiceNumber: string;
  openCents: number;
}): Promise<number> {
  const key = `payment_review:${providerPaymentId}`;
  if (!(await isSlackMessageQueued({ prisma: db.prisma, messageKey: key }))) return 0;
  const payment = await db.prisma.providerPayment.findUnique({
    where: { id: providerPaymentId },
    select: { amountCents: true },
  });
  if (!payment) return 0;
  const body = renderPaymentReviewDecided({
    id: providerPaymentId,
    amountCents: payment.amountCents,
    invoiceNumber,
    openCents,
    by,
  });
  return enqueueSlackCall({
    prisma: db.prisma,
    calls: [{ idempotencyKey: `${key}:done`, method: 'chat.update', messageKey: key, payload: { ...body } }],
  });
}
