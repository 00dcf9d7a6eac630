import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProposalMove,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from '../../../../domain/proposals/proposal-status.ts';

/** from, to, allowed for a proposal that needs no person, allowed for one that needs a person. */
const TABLE: readonly [ProposalStatus, ProposalStatus, boolean, boolean][] = [
  ['proposed', 'approved', true, true],
  ['proposed', 'rejected', true, true],
  ['proposed', 'executed', true, false],
  ['proposed', 'expired', true, true],
  ['proposed', 'proposed', false, false],
  ['approved', 'executed', true, true],
  ['approved', 'expired', true, true],
  ['approved', 'rejected', false, false],
  ['approved', 'proposed', false, false],
  ['approved', 'approved', false, false],
  ['rejected', 'approved', false, false],
  ['rejected', 'executed', false, false],
  ['executed', 'expired', false, false],
  ['executed', 'approved', false, false],
  ['expired', 'proposed', false, false],
  ['expired', 'executed', false, false],
];

describe('checkProposalMove', () => {
  it.each(TABLE)('%s -> %s: %s without a person, %s with one', (from, to, free, gated) => {
    expect(checkProposalMove({ from, to, requiresApproval: false }).allowed).toBe(free);
    expect(checkProposalMove({ from, to, requiresApproval: true }).allowed).toBe(gated);
  });

  it('says why a move is refused', () => {
    expect(checkProposalMove({ from: 'executed', to: 'approved', requiresApproval: false })).toEqual({
      allowed: false,
      why: 'a proposal that is executed is final: it cannot become approved',
    });
    expect(checkProposalMove({ from: 'proposed', to: 'executed', requiresApproval: true })).toMatchObject({
      allowed: false,
      why: expect.stringMatching(/needs a person's approval/),
    });
  });

  const status = fc.constantFrom(...PROPOSAL_STATUSES);

  it('never leaves a final status, and never returns to proposed', () => {
    fc.assert(
      fc.property(status, status, fc.boolean(), (from, to, requiresApproval) => {
        const check = checkProposalMove({ from, to, requiresApproval });
        if (['rejected', 'executed', 'expired'].includes(from) || to === 'proposed' || from === to) {
          expect(check.allowed).toBe(false);
        }
      }),
    );
  });

  it('decides a proposal at most once: any path of allowed moves is at most two long and ends final', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 6 }), fc.boolean(), (path, requiresApproval) => {
        let at: ProposalStatus = 'proposed';
        let moves = 0;
        for (const to of path) {
          if (!checkProposalMove({ from: at, to, requiresApproval }).allowed) continue;
          at = to;
          moves += 1;
        }
        expect(moves).toBeLessThanOrEqual(2);
        if (moves === 2) expect(['executed', 'expired']).toContain(at);
        // Nothing that needs a person is carried out without passing through approved.
        if (requiresApproval && at === 'executed') expect(path).toContain('approved');
      }),
    );
  });

  it('refuses with a reason whenever it refuses', () => {
    fc.assert(
      fc.property(status, status, fc.boolean(), (from, to, requiresApproval) => {
        const check = checkProposalMove({ from, to, requiresApproval });
        if (!check.allowed) expect(check.why).toContain(to);
      }),
    );
  });
});
