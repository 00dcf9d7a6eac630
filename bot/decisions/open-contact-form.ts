import type { App, BlockButtonAction } from '@slack/bolt';
import { renderContactModal } from '../../channels/slack/blocks/render-contact-modal.ts';
import { findEmailAddresses } from '../../domain/notices/find-email-addresses.ts';
import type { ProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { openSlackForm } from './open-slack-form.ts';

/**
 * Opens the contact form for an update_contact proposal; the trigger id is only valid for
 * seconds. Returns the note for the clicker when Slack would not open it (see openSlackForm).
 */
export async function openContactForm({
  deps,
  body,
  client,
  proposal,
}: {
  deps: SlackDeps;
  body: BlockButtonAction;
  client: App['client'];
  proposal: ProposalForSlack;
}): Promise<string | null> {
  return openSlackForm({
    deps,
    body,
    client,
    view: renderContactModal({
      proposalId: proposal.id,
      debtorName: proposal.debtor.name,
      suggested: findEmailAddresses(proposal.message?.text ?? ''),
    }),
    button: 'Approve',
  });
}
