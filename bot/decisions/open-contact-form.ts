import type { App, BlockButtonAction } from '@slack/bolt';
import { renderContactModal } from '../../channels/slack/blocks/render-contact-modal.ts';
import { findEmailAddresses } from '../../domain/notices/find-email-addresses.ts';
import type { ProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

/** Opens the contact form for an update_contact proposal; the trigger id is only valid for seconds. */
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
}): Promise<void> {
  try {
    await client.views.open({
      trigger_id: body.trigger_id,
      view: renderContactModal({
        proposalId: proposal.id,
        debtorName: proposal.debtor.name,
        suggested: findEmailAddresses(proposal.message?.text ?? ''),
      }),
    });
  } catch (error) {
    deps.log(`slack: views.open failed: ${(error as Error).message}`);
    await queueEphemeral({
      db: deps.db,
      channel: body.channel?.id,
      user: body.user.id,
      text: 'Slack could not open the form just now. Click Approve again in a moment.',
      key: body.trigger_id,
    });
  }
}
