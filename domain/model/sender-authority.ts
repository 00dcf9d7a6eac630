/**
 * Why we believe an inbound message speaks for the debtor it was matched to. Decided by the
 * channel when it matches the message; the pipeline reads it in one place
 * (domain/proposals/gate-sender-authority.ts) before anything is proposed, paused or answered.
 *
 * - `contact`: the sender's bare address is a contact address of that debtor.
 * - `reply_token`: sent to a signed reply address of a mail we sent to that debtor.
 * - `thread`: In-Reply-To/References (or a delivery report) name a mail we sent to that debtor.
 * - `payment_link`: the chat, opened with the signed link token of the debtor's invoice.
 * - `unverified`: matched on an invoice number or a domain alone (numbers are sequential and
 *   easy to guess; anyone can write from a domain's lookalike or a shared one), or not matched.
 */
export const SENDER_AUTHORITIES = ['contact', 'reply_token', 'thread', 'payment_link', 'unverified'] as const;
export type SenderAuthority = (typeof SENDER_AUTHORITIES)[number];

/** Whether the sender may trigger an automatic answer or any change of state for the debtor. */
export function speaksForDebtor(authority: SenderAuthority): boolean {
  return authority !== 'unverified';
}
