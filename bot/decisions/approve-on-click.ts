import type { App, BlockButtonAction } from '@slack/bolt';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { authorizeClick, FINANCE_REFUSAL } from './authorize-click.ts';
import { decideInSlack } from './decide-in-slack.ts';
import { openContactForm } from './open-contact-form.ts';

interface ApproveClick {
  readonly deps: SlackDeps;
  readonly body: BlockButtonAction;
  readonly client: App['client'];
}

/**
 * Approve on an approval request: a finance approver's click approves the proposal as it was
 * proposed and carries it out (decideInSlack). A change of contact is not approved unseen: the
 * approver types or confirms the address in a form first (registerContactHandlers). Returns
 * what the clicker is to be told, if anything (a refusal, a form Slack would not open, a click
 * that came too late); the Slack handler tells them, once, at its end.
 */
export async function approveOnClick({ deps, body, client }: ApproveClick): Promise<string | null> {
  const click = await authorizeClick({
    deps,
    body,
    role: 'finance',
    refusal: FINANCE_REFUSAL,
    subject: 'proposal',
  });
  if (!click || 'refusal' in click) return click?.refusal ?? null;
  const proposal = await loadProposalForSlack({ prisma: deps.db.prisma, proposalId: click.id });
  if (!proposal) return null;
  if (proposal.action === 'update_contact' && proposal.status === 'proposed')
    return openContactForm({ deps, body, client, proposal });
  return decideInSlack({
    deps,
    proposalId: click.id,
    user: body.user.id,
    decision: { kind: 'approve', schedule: proposal.schedule, changed: false },
  });
}
