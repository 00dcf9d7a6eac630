import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTION, BLOCK, VIEW } from '../../channels/slack/action-ids.ts';
import { mention } from '../../channels/slack/blocks/format-slack.ts';
import { renderCreditModal } from '../../channels/slack/blocks/render-credit-modal.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseMajorUnits } from '../../domain/money.ts';
import { loadDisputeForSlack } from '../../prisma/disputes/load-dispute-for-slack.ts';
import { type DisputeMove, moveDispute } from '../../prisma/disputes/move-dispute.ts';
import { admitClick } from '../decisions/admit-click.ts';
import { openSlackForm } from '../decisions/open-slack-form.ts';
import { queueEphemeral, type SlackClick } from '../decisions/queue-ephemeral.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { announceDispute } from './announce-dispute.ts';

const ZDisputeId = z.uuid();
const ZCreditForm = z.object({
  [BLOCK.creditAmount]: z.object({ value: z.object({ value: z.string().min(1) }) }),
});
const REFUSAL = 'Only sales can take or resolve disputes. Ask someone in SLACK_SALES_USERS.';

/** Take it, Resolved: invoice stands, Credit note (with its amount modal) and Escalate. */
export function registerDisputeHandlers(app: App, deps: SlackDeps): void {
  const authorize = (body: BlockButtonAction) =>
    admitClick({ deps, body, role: 'sales', refusal: REFUSAL, subject: 'dispute' });
  const move = async (body: BlockButtonAction, change: DisputeMove) => {
    const disputeId = await authorize(body);
    if (!disputeId) return;
    await applyMove({ deps, disputeId, change, click: body });
  };

  app.action<BlockButtonAction>(ACTION.disputeTake, async ({ ack, body }) => {
    await ack();
    await move(body, { to: 'taken' });
  });
  app.action<BlockButtonAction>(ACTION.disputeStands, async ({ ack, body }) => {
    await ack();
    await move(body, { to: 'resolved_stands' });
  });
  app.action<BlockButtonAction>(ACTION.disputeEscalate, async ({ ack, body }) => {
    await ack();
    await move(body, { to: 'escalated' });
  });

  app.action<BlockButtonAction>(ACTION.disputeCredit, async ({ ack, body, client }) => {
    await ack();
    const disputeId = await authorize(body);
    if (!disputeId) return;
    const dispute = await loadDisputeForSlack({ prisma: deps.db.prisma, disputeId });
    const note =
      dispute && (dispute.status === 'open' || dispute.status === 'taken')
        ? await openSlackForm({
            deps,
            body,
            client,
            view: renderCreditModal({
              disputeId: dispute.id,
              invoiceNumber: dispute.invoice.number,
              openCents: dispute.invoice.openCents,
            }),
            button: 'Credit note',
          })
        : `This dispute is already ${dispute?.status ?? 'gone'}.`;
    await queueEphemeral({ db: deps.db, click: body, text: note });
  });

  app.view(VIEW.disputeCredit, async ({ ack, body, view }) => {
    const user = body.user.id;
    const fail = (message: string) =>
      ack({ response_action: 'errors', errors: { [BLOCK.creditAmount]: message.slice(0, 300) } });
    const disputeId = ZDisputeId.safeParse(view.private_metadata);
    if (!disputeId.success) return fail('This form lost track of its dispute; close it and try again.');
    if (!(await deps.authorizer.can('sales', user))) return fail(REFUSAL);
    const form = ZCreditForm.safeParse(view.state.values);
    if (!form.success) return fail('Enter the credit amount in euros, like 125.00.');
    let creditCents: number;
    try {
      creditCents = parseMajorUnits(form.data[BLOCK.creditAmount].value.value.trim().replace(/^€\s*/, ''));
    } catch (error) {
      if (error instanceof AppError) return fail(error.message);
      throw error;
    }
    const outcome = await moveDispute({
      prisma: deps.db.prisma,
      disputeId: disputeId.data,
      actor: `slack:${user}`,
      userId: user,
      move: { to: 'credited', creditCents },
      now: deps.now(),
    });
    if (outcome.outcome === 'invalid') return fail(outcome.message);
    if (outcome.outcome === 'unchanged') return fail(`This dispute is already ${outcome.status}.`);
    await ack();
    await announce(deps, disputeId.data);
  });
}

async function applyMove({
  deps,
  disputeId,
  change,
  click,
}: {
  deps: SlackDeps;
  disputeId: string;
  change: DisputeMove;
  click: SlackClick;
}): Promise<void> {
  const user = click.user.id;
  const outcome = await moveDispute({
    prisma: deps.db.prisma,
    disputeId,
    actor: `slack:${user}`,
    userId: user,
    move: change,
    now: deps.now(),
  });
  if (outcome.outcome !== 'moved') {
    const text =
      outcome.outcome === 'unchanged'
        ? `This dispute is already ${outcome.status.replace('_', ' ')}${outcome.owner ? ` (${mention(outcome.owner)})` : ''}; nothing changed.`
        : outcome.message;
    await queueEphemeral({ db: deps.db, click, text });
    return;
  }
  await announce(deps, disputeId);
}

/** Updates the hand-off message to the dispute's new state; an escalation also goes to finance. */
async function announce(deps: SlackDeps, disputeId: string): Promise<void> {
  await announceDispute({
    db: deps.db,
    disputeId,
    now: deps.now(),
    financeChannel: deps.config.financeChannel,
  });
}
