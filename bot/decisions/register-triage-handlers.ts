import type { App, BlockAction, BlockButtonAction, StaticSelectAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTION, BLOCK } from '../../channels/slack/action-ids.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { REASON_CODES } from '../../domain/reasons.ts';
import { addDebtorContact } from '../../prisma/debtors/add-debtor-contact.ts';
import { findDebtors } from '../../prisma/debtors/find-debtors.ts';
import { loadMessageForTriage } from '../../prisma/messages/load-message-for-triage.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { announceTriage } from './announce-triage.ts';
import { dispatchProposalsToSlack } from './dispatch-proposals-to-slack.ts';
import { queueEphemeral } from './queue-ephemeral.ts';
import { reclassifyMessage } from './reclassify-message.ts';

const ZTriage = z.object({
  messageId: z.uuid(),
  reason: z.enum(REASON_CODES),
  debtorId: z.uuid().nullable(),
});

/**
 * The triage reason picker (and, for an unmatched message, the debtor picker). Picking the
 * reason runs the policy as if the classifier had said it; the new proposal goes to Slack at
 * once (an approval request, a dispute hand-off). A mail held because its sender is not a
 * contact of the matched debtor also offers "Add sender as contact" (finance only, audited).
 */
export function registerTriageHandlers(app: App, deps: SlackDeps): void {
  // Choosing the debtor alone decides nothing: the reason picker reads it from the message state.
  app.action(ACTION.triageDebtor, async ({ ack }) => {
    await ack();
  });

  // The search reveals debtors' names and references to whoever types: the same role as the
  // triage itself, checked before the query runs. Slack shows an empty list to anyone else.
  app.options(ACTION.triageDebtor, async ({ ack, options, body }) => {
    const user = body.user?.id ?? '';
    if (!(await deps.authorizer.can('finance', user))) {
      deps.log(`slack: refused triage debtor search by ${user || 'an unknown user'}`);
      await ack({ options: [] });
      return;
    }
    const matches = await findDebtors({
      prisma: deps.db.prisma,
      query: String(options.value ?? ''),
      limit: 20,
    });
    await ack({
      options: matches.map((debtor) => ({
        text: { type: 'plain_text' as const, text: `${debtor.name} (${debtor.reference})`.slice(0, 75) },
        value: debtor.id,
      })),
    });
  });

  app.action<BlockButtonAction>(ACTION.triageAddContact, async ({ ack, body }) => {
    await ack();
    const user = body.user.id;
    const note = (text: string) => queueEphemeral({ db: deps.db, click: body, text });
    const messageId = z.uuid().safeParse(body.actions[0]?.value);
    if (!messageId.success) return note('That button could not be read; open the message again.');
    if (!(await deps.authorizer.can('finance', user))) {
      deps.log(`slack: refused adding a contact by ${user} from message ${messageId.data}`);
      return note('Only finance approvers can add contacts. Ask someone in SLACK_FINANCE_APPROVERS.');
    }
    // The address comes from the stored mail, never from the click.
    const message = await loadMessageForTriage({ prisma: deps.db.prisma, messageId: messageId.data });
    if (!message?.debtorId || !message.unverifiedSender)
      return note('This message has no unverified sender to add; nothing changed.');
    const added = await addDebtorContact({
      prisma: deps.db.prisma,
      debtorId: message.debtorId,
      email: message.unverifiedSender,
      actor: `slack:${user}`,
      messageId: message.id,
    });
    return note(
      added.created
        ? `${message.unverifiedSender} is now a contact of ${message.debtorName ?? 'this debtor'}: their next mail is answered as the debtor's. Pick the reason for this one.`
        : `${message.unverifiedSender} was already a contact of ${message.debtorName ?? 'this debtor'}; nothing changed.`,
    );
  });

  app.action<BlockAction<StaticSelectAction>>(ACTION.triageReason, async ({ ack, body }) => {
    await ack();
    const user = body.user.id;
    const action = body.actions[0];
    const blockId = action?.block_id ?? '';
    const debtorPick = body.state?.values?.[blockId]?.[ACTION.triageDebtor] as
      | { selected_option?: { value?: string } | null }
      | undefined;
    const parsed = ZTriage.safeParse({
      messageId: blockId.startsWith(`${BLOCK.triage}:`) ? blockId.slice(BLOCK.triage.length + 1) : '',
      reason: action?.selected_option?.value,
      debtorId: debtorPick?.selected_option?.value ?? null,
    });
    const note = (text: string) => queueEphemeral({ db: deps.db, click: body, text });
    if (!parsed.success) return note('That choice could not be read; pick the reason again.');
    if (!(await deps.authorizer.can('finance', user))) {
      deps.log(`slack: refused triage by ${user} on message ${parsed.data.messageId}`);
      return note('Only finance approvers can triage messages. Ask someone in SLACK_FINANCE_APPROVERS.');
    }
    let outcome: Awaited<ReturnType<typeof reclassifyMessage>>;
    try {
      outcome = await reclassifyMessage({
        db: deps.db,
        messageId: parsed.data.messageId,
        reason: parsed.data.reason,
        debtorId: parsed.data.debtorId,
        decidedBy: `slack:${user}`,
        policy: deps.policy,
        now: deps.now(),
      });
    } catch (error) {
      if (error instanceof AppError && (error.code === 'INPUT_INVALID' || error.code === 'NOT_FOUND'))
        return note(error.message);
      throw error;
    }
    if (outcome.outcome === 'already_triaged')
      return note('Someone already triaged this message; nothing changed.');
    await announceTriage({
      db: deps.db,
      messageId: parsed.data.messageId,
      by: `slack:${user}`,
      reason: parsed.data.reason,
      why: outcome.proposal.rationale,
    });
    await dispatchProposalsToSlack({ db: deps.db, config: deps.config, now: deps.now() });
  });
}
