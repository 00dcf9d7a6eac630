import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';
import { type MoneybirdConnection, type MoneybirdTransport, requestMoneybird } from './request-moneybird.ts';

/**
 * The events serve listens to: every change of a sales invoice's state (paid, late, ...), a
 * deleted invoice, and a payment booked or removed. Moneybird pushes nothing else.
 */
export const MONEYBIRD_WEBHOOK_EVENTS = [
  'sales_invoice_state_changed',
  'sales_invoice_destroyed',
  'payment_registered',
  'payment_destroyed',
] as const;

const ZCreatedWebhook = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  token: z.string().min(8),
});

/**
 * Registers a webhook in the administration (`POST /:administration_id/webhooks.json` with `url`
 * and `enabled_events`). Moneybird calls the URL once while registering and refuses it unless
 * that answers 200, so serve must run and be reachable there. Returns the webhook's id and its
 * token: every push carries that token as `webhook_token`.
 */
export async function registerMoneybirdWebhook({
  connection,
  transport,
  url,
}: {
  connection: MoneybirdConnection;
  transport?: MoneybirdTransport;
  url: string;
}): Promise<{ webhookId: string; token: string }> {
  const answer = await requestMoneybird<unknown>({
    connection,
    ...(transport ? { transport } : {}),
    method: 'POST',
    path: 'webhooks',
    body: { url, enabled_events: MONEYBIRD_WEBHOOK_EVENTS },
  });
  const parsed = ZCreatedWebhook.safeParse(answer);
  if (!parsed.success) {
    throw new AppError(
      'CHANNEL_UNAVAILABLE',
      'Moneybird registered the webhook but its answer had no id and token; remove the webhook in Moneybird (Instellingen → Ontwikkelaars) and register it again.',
    );
  }
  return { webhookId: parsed.data.id, token: parsed.data.token };
}
