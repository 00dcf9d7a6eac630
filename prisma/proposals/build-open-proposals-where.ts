import type { InboxKind } from '../../domain/proposals/inbox-kind-of.ts';
import { TAKEN_UP_ELSEWHERE } from '../../domain/proposals/taken-up-elsewhere.ts';

/** What the inbox narrows its open proposals to; every part optional. */
export interface OpenProposalFilter {
  /** Only these actions (a sales user sees the hand-offs); all when omitted. */
  readonly actions?: readonly string[] | null;
  readonly kind?: InboxKind | null;
  /** Only proposals made before this instant (the age filter). */
  readonly createdBefore?: Date | null;
  /** Taken up by this member of staff (their e-mail), or by nobody yet. */
  readonly owner?: { readonly assignedTo: string } | 'unassigned' | null;
}

/**
 * The WHERE of the inbox's queries over `proposal p`, with its parameters as $1..$6 (callers add
 * theirs from $7): every proposal that waits for a person (open and needing approval, or taken up
 * by someone other than finance; a reported payment once its check window ran out) through the
 * filter. The kind is inboxKindOf in SQL: keep the two together.
 */
export function buildOpenProposalsWhere(filter: OpenProposalFilter): { sql: string; params: unknown[] } {
  const owner = filter.owner ?? null;
  return {
    sql: `p.status = 'proposed'
       AND (p.requires_approval OR p.action = ANY($1::text[]))
       AND ($2::text[] IS NULL OR p.action = ANY($2::text[]))
       -- A reported payment waits for its check window: finance sees it once that ran out.
       AND (p.action <> 'check_payment' OR EXISTS (SELECT 1 FROM audit_event a
             WHERE a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.type = 'payment_check.asked'))
       -- domain/proposals/inbox-kind-of.ts
       AND ($3::text IS NULL OR $3::text = CASE
             WHEN p.action = 'escalate' AND coalesce(p.params->>'stepCode', '') <> '' THEN 'ladder'
             WHEN p.action IN ('request_plan_approval', 'offer_payment_plan') THEN 'plan'
             WHEN p.action = 'handoff_to_sales' THEN 'dispute'
             WHEN p.action = 'human_review' THEN 'review'
             ELSE 'other' END)
       AND ($4::timestamptz IS NULL OR p.created_at < $4::timestamptz)
       AND ($5::text IS NULL OR ($5::text = 'unassigned' AND p.assigned_to IS NULL)
             OR ($5::text = 'mine' AND p.assigned_to = $6::text))`,
    params: [
      [...TAKEN_UP_ELSEWHERE],
      filter.actions ? [...filter.actions] : null,
      filter.kind ?? null,
      filter.createdBefore ?? null,
      owner === null ? null : owner === 'unassigned' ? 'unassigned' : 'mine',
      owner !== null && owner !== 'unassigned' ? owner.assignedTo : null,
    ],
  };
}
