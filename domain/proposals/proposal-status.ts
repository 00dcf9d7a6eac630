export const PROPOSAL_STATUSES = ['proposed', 'approved', 'rejected', 'executed', 'expired'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * When a move is allowed: `always`, or only for a proposal that needs no person's approval (the
 * policy carries it out itself: a plan inside the limits, a promise, a link, a dispute hand-off).
 */
type Condition = 'always' | 'needs_no_person';

/**
 * The life of a proposal. It is decided once (a person approves or rejects it; the policy carries
 * out what needs no person; it expires when it no longer applies: superseded, settled, not
 * executable) and an approved one is carried out once or expires. Rejected, executed and expired
 * are final.
 */
const MOVES: { readonly [From in ProposalStatus]: Partial<Record<ProposalStatus, Condition>> } = {
  proposed: { approved: 'always', rejected: 'always', executed: 'needs_no_person', expired: 'always' },
  approved: { executed: 'always', expired: 'always' },
  rejected: {},
  executed: {},
  expired: {},
};

export type MoveCheck = { readonly allowed: true } | { readonly allowed: false; readonly why: string };

/** Whether a proposal in `from` may move to `to`, and why not. */
export function checkProposalMove({
  from,
  to,
  requiresApproval,
}: {
  from: ProposalStatus;
  to: ProposalStatus;
  requiresApproval: boolean;
}): MoveCheck {
  const condition = MOVES[from][to];
  if (condition === undefined) {
    const next = Object.keys(MOVES[from]);
    return {
      allowed: false,
      why:
        next.length === 0
          ? `a proposal that is ${from} is final: it cannot become ${to}`
          : `a proposal that is ${from} can only become ${next.join(' or ')}, not ${to}`,
    };
  }
  if (condition === 'needs_no_person' && requiresApproval) {
    return {
      allowed: false,
      why: `a proposal that needs a person's approval becomes ${to} only after it is approved`,
    };
  }
  return { allowed: true };
}

/** Whether `from` -> `to` is a move at all, and whether it holds only for proposals that need no person. */
export function moveCondition(from: ProposalStatus, to: ProposalStatus): Condition | null {
  return MOVES[from][to] ?? null;
}

/** A move from `from` decides the proposal (who and when are recorded): only an open one is undecided. */
export function movesDecide(from: ProposalStatus): boolean {
  return from === 'proposed';
}
