import type { App } from '@slack/bolt';
import { z } from 'zod';
import { BLOCK, VIEW } from '../../channels/slack/action-ids.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { FINANCE_REFUSAL } from './authorize-click.ts';
import { decideInSlack } from './decide-in-slack.ts';

const ZContactForm = z.object({
  [BLOCK.contactEmail]: z.object({ value: z.object({ value: z.email() }) }),
});

/**
 * Approve on a change of contact opens a form for the address (registered by the approval
 * handlers' Approve); its submission approves and carries out the change.
 */
export function registerContactHandlers(app: App, deps: SlackDeps): void {
  app.view(VIEW.contactConfirm, async ({ ack, body, view }) => {
    const user = body.user.id;
    const fail = (message: string) =>
      ack({ response_action: 'errors', errors: { [BLOCK.contactEmail]: message.slice(0, 300) } });
    const proposalId = z.uuid().safeParse(view.private_metadata);
    if (!proposalId.success)
      return fail('This form lost track of its proposal; close it and click Approve again.');
    if (!(await deps.authorizer.can('finance', user))) return fail(FINANCE_REFUSAL);
    const form = ZContactForm.safeParse(view.state.values);
    if (!form.success) return fail('Enter a valid e-mail address, like ap@example.nl.');
    const contactEmail = form.data[BLOCK.contactEmail].value.value.trim().toLowerCase();
    await ack();
    await decideInSlack({
      deps,
      proposalId: proposalId.data,
      user,
      decision: { kind: 'approve', schedule: null, changed: false, input: { contactEmail } },
      contactEmail,
    });
  });
}
