import { describe, expect, it } from 'vitest';
import { SENDER_AUTHORITIES } from '../../../../domain/model/sender-authority.ts';
import { gateSenderAuthority } from '../../../../domain/proposals/gate-sender-authority.ts';
import type { Proposal } from '../../../../domain/proposals/proposal.ts';
import { fakeProposal } from '../../../support/fake-proposal.ts';

const PLAN: Proposal = {
  ...fakeProposal('offer_payment_plan'),
  rationale: 'within policy',
  pause: { until: '2026-12-31', reason: 'plan offered' },
};

describe('gateSenderAuthority', () => {
  it('passes the proposal of every verified sender unchanged', () => {
    for (const authority of SENDER_AUTHORITIES.filter((value) => value !== 'unverified')) {
      expect(gateSenderAuthority({ proposal: PLAN, authority, from: 'a@b.nl', matchedBy: 'x' })).toBe(PLAN);
    }
  });

  it('turns an unverified sender into a review: no pause, no schedule, nothing to execute', () => {
    const gated = gateSenderAuthority({
      proposal: PLAN,
      authority: 'unverified',
      from: 'attacker@evil.example',
      matchedBy: 'invoice number INV-1',
    });
    expect(gated).toMatchObject({ action: 'human_review', requiresApproval: true, pause: null });
    expect(gated.params).toEqual({
      invoiceIds: ['i1'],
      reviewReason: 'sender_unverified',
      senderAuthority: 'unverified',
      suggestedAction: 'offer_payment_plan',
    });
    expect(gated.rationale).toMatch(/sender_unverified.*attacker@evil\.example.*invoice number INV-1/);
  });
});
