import { signPaymentLinkToken } from './payment-link-token.ts';

const DAY_MS = 24 * 60 * 60_000;

/** The payment-page link for an invoice: PUBLIC_BASE_URL/pay/<signed token>, valid ttlDays from now. */
export function createPaymentLink({
  publicBaseUrl,
  secret,
  ttlDays,
  invoiceId,
  now = new Date(),
}: {
  publicBaseUrl: string;
  secret: string;
  ttlDays: number;
  invoiceId: string;
  now?: Date;
}): { url: string; token: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS);
  const token = signPaymentLinkToken(secret, { invoiceId, expiresAt });
  return { url: `${publicBaseUrl.replace(/\/+$/, '')}/pay/${token}`, token, expiresAt };
}
