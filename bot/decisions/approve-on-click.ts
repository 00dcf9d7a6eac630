import type { App, BlockButtonAction } from '@slack/bolt';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { authorizeClick, FINANCE_REFUSAL } from './authorize-click.ts';
import { decideInSlack } from './decide-in-slack.ts';
import { openContactForm } from './open-contact-form.ts';

/**
 * Approve on an approval request: a finance approver's click approves the proposal as it was
 * proposed and carries it out (decideInSlack). A change of contact is not approved unseen: the
 * approver types or confirms the address in a form first (registerContactHandlers).
 */
export async function approveOnClick({
  deps,
  body,
  client,
}: {
  deps: SlackDeps;
  body: BlockButtonAction;
  client: App['client'];
}): Promise<void> {
  const proposalId = await authorizeClick({
    deps,
    body,
    role: 'finance',
    refusal: FINANCE_REFUSAL,
    subject: 'proposal',
  });
  if (!proposalId) return;
  const proposal = await loadProposalForSlack({ prisma: deps.db.prisma, proposalId });
  if (!proposal) return;
  if (proposal.action === 'update_contact' && proposal.status === 'proposed') {
    await openContactForm({ deps, body, client, proposal });
    return;
  }
  await decideInSlack({
    deps,
    proposalId,
    user: body.user.id,
    decision: { kind: 'approve', schedule: proposal.schedule, changed: false },
    click: { channel: body.channel?.id, triggerId: body.trigger_id },
  });
}
