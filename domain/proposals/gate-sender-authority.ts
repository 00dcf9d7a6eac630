import { type SenderAuthority, speaksForDebtor } from '../model/sender-authority.ts';
import type { Proposal } from './proposal.ts';

/** The reason a person sees (Slack triage, the proposal's params) when the sender was not verified. */
export const SENDER_UNVERIFIED = 'sender_unverified';

/**
 * The policy's proposal as far as the sender may trigger it. A verified sender gets it as it
 * is. Anyone else (an invoice number or a domain alone matched the message) gets a review by a
 * person instead, with no pause and nothing to execute or answer: whatever the policy would
 * have done is only described, so the reader can decide, add the sender as a contact, or ignore
 * the mail. The one place the pipeline asks; every effect (pause, plan, promise, payment link,
 * automatic answer, auto-executed proposal) hangs off the proposal this returns.
 */
export function gateSenderAuthority({
  proposal,
  authority,
  from,
  authenticationFailure = null,
  matchedBy,
}: {
  proposal: Proposal;
  authority: SenderAuthority;
  from: string | null;
  /** Our receiving server's word that From is forged ("From failed DMARC at mx.example.nl"). */
  authenticationFailure?: string | null;
  /** How the channel matched the debtor ("invoice number INV-1", "sender domain example.nl"). */
  matchedBy: string;
}): Proposal {
  if (speaksForDebtor(authority)) return proposal;
  const why = authenticationFailure
    ? `${authenticationFailure}: the mail may not be from ${from ?? 'the address it shows'} at all (match: ${matchedBy}). ` +
      `Nothing was answered, paused or proposed. Check with the debtor by phone or a new mail before acting on it, ` +
      `then pick the reason; `
    : `${from ?? 'an unknown sender'} is not a contact of this debtor ` +
      `and the mail does not answer one of ours (match: ${matchedBy}). Nothing was answered, paused or ` +
      `proposed. If the sender belongs to the debtor, add them as a contact and pick the reason; `;
  return {
    action: 'human_review',
    rationale: `Sender not verified (${SENDER_UNVERIFIED}): ${why}the policy would have proposed ${proposal.action}.`,
    requiresApproval: true,
    pause: null,
    params: {
      invoiceIds: proposal.params.invoiceIds ?? [],
      reviewReason: SENDER_UNVERIFIED,
      senderAuthority: authority,
      suggestedAction: proposal.action,
      ...(authenticationFailure ? { authenticationFailure } : {}),
    },
  };
}
