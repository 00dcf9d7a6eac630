import { z } from 'zod';

const ID = z.union([z.string().regex(/^\d{1,30}$/), z.number().int().nonnegative()]).transform(String);

const ZPush = z.object({
  administration_id: ID,
  webhook_id: ID,
  webhook_token: z.string().min(1).max(512),
  entity_type: z.string().max(100).optional(),
  entity_id: ID.optional(),
  action: z.string().max(200).optional(),
  state: z.string().max(100).nullish(),
});

/** A push as Moneybird sends it (webhooks/payload), the parts serve reads. */
export type MoneybirdPush = {
  readonly administrationId: string;
  readonly webhookId: string;
  readonly token: string;
  /** "sales_invoice_state_changed_to_paid", "sales_invoice_destroyed", ...; "" when absent. */
  readonly action: string;
  readonly entityType: string;
  /** Whether it can change what dunning sees: an invoice's state, a deletion, a payment. */
  readonly relevant: boolean;
};

/**
 * Reads a push's body: `ping` for an empty body (Moneybird's call while it registers the
 * webhook, which must answer 200), `invalid` for what is not JSON or lacks the ids and token,
 * else the push. Nothing in it is trusted until its token is compared.
 */
export function readMoneybirdWebhook(
  body: string,
): { kind: 'ping' } | { kind: 'invalid'; why: string } | { kind: 'push'; push: MoneybirdPush } {
  if (body.trim() === '') return { kind: 'ping' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'invalid', why: 'the body is not JSON' };
  }
  const parsed = ZPush.safeParse(json);
  if (!parsed.success) {
    return { kind: 'invalid', why: 'expected administration_id, webhook_id and webhook_token' };
  }
  const p = parsed.data;
  const action = p.action ?? '';
  const entityType = p.entity_type ?? '';
  return {
    kind: 'push',
    push: {
      administrationId: p.administration_id,
      webhookId: p.webhook_id,
      token: p.webhook_token,
      action,
      entityType,
      relevant:
        action.startsWith('sales_invoice_') || action.startsWith('payment_') || entityType === 'SalesInvoice',
    },
  };
}
