import { formatMoney, money } from '../../domain/money.ts';
import type { Database } from '../../prisma/open-database.ts';
import { queueDebtorNotification } from '../../prisma/repositories/queue-debtor-notification.ts';

export type DebtorTemplate = 'payment_plan_confirmation';

export interface PlanConfirmationParams {
  readonly planId: string;
  readonly language: string;
  readonly invoiceNumbers: readonly string[];
  readonly instalments: readonly { readonly dueDate: string; readonly amountCents: number }[];
}

/**
 * Tells a debtor something through the channel they used. The notice is queued, never sent
 * here: e-mail goes through the e-mail outbox (with its own retry), chat through the queued
 * outbound message rows; both carry the idempotency key, so executing a decision twice tells
 * the debtor once.
 */
export async function notifyDebtor({
  db,
  debtorId,
  channel,
  template,
  params,
  idempotencyKey,
  invoiceId = null,
}: {
  db: Database;
  debtorId: string;
  /** The channel the debtor wrote on; anything else (slack, system) falls back to e-mail. */
  channel: string;
  template: DebtorTemplate;
  params: PlanConfirmationParams;
  idempotencyKey: string;
  invoiceId?: string | null;
}): Promise<{ outcome: 'queued' | 'duplicate'; messageId: string }> {
  const target = channel === 'chat' ? 'chat' : 'email';
  const { subject, text } = renderPlanConfirmation(params);
  return queueDebtorNotification({
    prisma: db.prisma,
    notification: {
      debtorId,
      channel: target,
      template,
      params: { ...params },
      idempotencyKey,
      text,
      subject,
      invoiceId,
    },
  });
}

/** The plain text stored on the timeline; the channel renders its own message from the params. */
function renderPlanConfirmation(params: PlanConfirmationParams): { subject: string; text: string } {
  const dutch = params.language === 'nl';
  const lines = params.instalments.map(
    (line, i) => `${i + 1}. ${line.dueDate}: ${formatMoney(money(line.amountCents), dutch ? 'nl' : 'en')}`,
  );
  const invoices = params.invoiceNumbers.join(', ');
  return dutch
    ? {
        subject: `Betalingsregeling voor ${invoices}`,
        text: `Uw betalingsregeling voor ${invoices} is goedgekeurd. U betaalt:\n${lines.join('\n')}\nZolang u deze termijnen betaalt, ontvangt u geen herinneringen.`,
      }
    : {
        subject: `Payment plan for ${invoices}`,
        text: `Your payment plan for ${invoices} has been approved. You pay:\n${lines.join('\n')}\nAs long as you pay these instalments you will not receive reminders.`,
      };
}
