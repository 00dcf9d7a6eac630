import { TAKEN_UP_ELSEWHERE } from '../../domain/proposals/taken-up-elsewhere.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface UndispatchedSlackWork {
  /**
   * Proposals waiting for finance that have no approval request queued yet. A reported payment
   * (check_payment) waits for its check window first: finance is asked only when it ran out
   * (askFinanceAboutPaymentChecks), since a payment that arrives resolves it.
   */
  readonly approvals: readonly string[];
  /** Dispute hand-offs the policy proposed; their disputes are not opened yet. */
  readonly handoffs: readonly string[];
  /** Open disputes whose hand-off message is not queued yet. */
  readonly disputes: readonly string[];
  /** Messages a person must read (unmatched, or a reason too uncertain) with no triage queued yet. */
  readonly triage: readonly string[];
  /**
   * Proposals whose approval request was posted and that were decided since (approved, rejected,
   * carried out, or expired: the debtor settled the question in the chat, or it could no longer
   * be carried out) and whose message does not show that yet. Only decisions of the last
   * DECIDED_WINDOW_DAYS (by the proposal's last change) are looked at.
   */
  readonly decided: readonly string[];
  /** Provider payments waiting for a person (needs_review) that finance was not told of yet. */
  readonly paymentReviews: readonly string[];
}

/**
 * How far back `decided` looks. Every decision ever made stays in the table, almost all with their
 * update long queued; without a window the query would check each of them on every loop, so it
 * grows with the history. The dispatcher runs every few seconds, so a decision is shown within
 * seconds; only an outage longer than this leaves a request with stale buttons, and a click on
 * those is answered "already decided" (decideProposal) and changes nothing.
 */
export const DECIDED_WINDOW_DAYS = 7;

/**
 * What still has to reach Slack. "Queued" is read from the outbox's idempotency keys, so this
 * is safe to run from a loop, after the pipeline, or both.
 */
export async function findUndispatchedSlackWork({
  prisma,
  limit = 50,
  now = new Date(),
}: {
  prisma: PrismaClient;
  limit?: number;
  /** The clock Prisma stamps `updated_at` with (this process's), for the `decided` window. */
  now?: Date;
}): Promise<UndispatchedSlackWork> {
  const decidedSince = new Date(now.getTime() - DECIDED_WINDOW_DAYS * 86_400_000);
  const approvals = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id::text AS id FROM proposal p
    WHERE p.status = 'proposed' AND p.requires_approval AND NOT (p.action = ANY(${[...TAKEN_UP_ELSEWHERE]}::text[]))
      AND NOT EXISTS (SELECT 1 FROM slack_outbox o WHERE o.idempotency_key = 'approval:' || p.id::text)
      AND (p.action <> 'check_payment' OR EXISTS (SELECT 1 FROM audit_event a
            WHERE a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.type = 'payment_check.asked'))
    ORDER BY p.created_at LIMIT ${limit}`;
  const handoffs = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id::text AS id FROM proposal p
    WHERE p.status = 'proposed' AND p.action = 'handoff_to_sales'
    ORDER BY p.created_at LIMIT ${limit}`;
  const disputes = await prisma.$queryRaw<{ id: string }[]>`
    SELECT d.id::text AS id FROM dispute d
    WHERE d.status IN ('open', 'taken')
      AND NOT EXISTS (SELECT 1 FROM slack_outbox o WHERE o.idempotency_key = 'dispute:' || d.id::text)
    ORDER BY d.created_at LIMIT ${limit}`;
  const triage = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m.id::text AS id FROM message m
    WHERE m.direction = 'inbound'
      AND (m.status = 'unmatched' OR EXISTS (
        SELECT 1 FROM proposal p WHERE p.message_id = m.id AND p.action = 'human_review' AND p.status = 'proposed'))
      AND NOT EXISTS (SELECT 1 FROM slack_outbox o WHERE o.idempotency_key = 'triage:' || m.id::text)
    ORDER BY m.created_at LIMIT ${limit}`;
  // The update's key per status is announceDecision's: a rejection is `:decided`, the rest their status.
  const decided = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id::text AS id FROM proposal p
    WHERE p.status IN ('approved', 'rejected', 'executed', 'expired') AND p.updated_at >= ${decidedSince}
      AND EXISTS (SELECT 1 FROM slack_outbox o WHERE o.idempotency_key = 'approval:' || p.id::text)
      AND NOT EXISTS (
        SELECT 1 FROM slack_outbox o
        WHERE o.idempotency_key = 'approval:' || p.id::text || ':'
          || CASE p.status WHEN 'rejected' THEN 'decided' ELSE p.status::text END)
    ORDER BY p.updated_at LIMIT ${limit}`;
  const paymentReviews = await prisma.$queryRaw<{ id: string }[]>`
    SELECT pp.id FROM provider_payment pp
    WHERE pp.outcome = 'needs_review'
      AND NOT EXISTS (SELECT 1 FROM slack_outbox o WHERE o.idempotency_key = 'payment_review:' || pp.id)
    ORDER BY pp.updated_at LIMIT ${limit}`;
  return {
    approvals: approvals.map((row) => row.id),
    handoffs: handoffs.map((row) => row.id),
    disputes: disputes.map((row) => row.id),
    triage: triage.map((row) => row.id),
    decided: decided.map((row) => row.id),
    paymentReviews: paymentReviews.map((row) => row.id),
  };
}
