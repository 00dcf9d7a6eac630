/**
 * The one statement of which provider payments wait for finance, as SQL on `provider_payment p`:
 * those not applied as they came, except a bank transfer whose statement entry waits too (a
 * transfer is recorded as a provider payment of provider `bank` as well; it is listed and counted
 * once, as its entry). The triage page's list (loadPaymentsForReview) and the inbox's count
 * (countWaitingElsewhere) both read it, so they cannot drift apart.
 */
export const PROVIDER_PAYMENTS_TO_REVIEW = `p.outcome = 'needs_review'
  AND NOT (p.provider = 'bank' AND EXISTS (
    SELECT 1 FROM bank_entry b
    WHERE b.outcome = 'needs_review' AND b.account || ':' || b.statement_id || ':' || b.entry_ref = p.id))`;
