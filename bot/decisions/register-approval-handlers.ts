import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTION, BLOCK, VIEW } from '../../channels/slack/action-ids.ts';
import { mention } from '../../channels/slack/blocks/format-slack.ts';
import { renderPlanModal } from '../../channels/slack/blocks/render-plan-modal.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { prefillPlanChange } from '../../domain/plans/prefill-plan-change.ts';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { admitClick } from './admit-click.ts';
import { approveOnClick } from './approve-on-click.ts';
import { FINANCE_REFUSAL } from './authorize-click.ts';
import { checkPlanChange } from './check-plan-change.ts';
import { decideInSlack } from './decide-in-slack.ts';
import { openSlackForm } from './open-slack-form.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

const ZProposalId = z.uuid();

const ZPlanForm = z.object({
  [BLOCK.planCount]: z.object({ value: z.object({ value: z.coerce.number().int().min(1).max(60) }) }),
  [BLOCK.planPeriod]: z.object({
    value: z.object({ selected_option: z.object({ value: z.enum(['month', 'week']) }) }),
  }),
  [BLOCK.planStart]: z.object({ value: z.object({ selected_date: z.iso.date() }) }),
  [BLOCK.planDown]: z.object({ value: z.object({ value: z.string().nullish() }) }).optional(),
});

/** Approve, Reject and Change on approval requests, and the Change modal's submission. */
export function registerApprovalHandlers(app: App, deps: SlackDeps): void {
  const authorize = (body: BlockButtonAction) =>
    admitClick({ deps, body, role: 'finance', refusal: FINANCE_REFUSAL, subject: 'proposal' });

  app.action<BlockButtonAction>(ACTION.approve, async ({ ack, body, client }) => {
    await ack();
    const note = await approveOnClick({ deps, body, client });
    await queueEphemeral({ db: deps.db, click: body, text: note });
  });

  app.action<BlockButtonAction>(ACTION.reject, async ({ ack, body }) => {
    await ack();
    const proposalId = await authorize(body);
    if (!proposalId) return;
    const note = await decideInSlack({
      deps,
      proposalId,
      user: body.user.id,
      decision: { kind: 'reject', note: null },
    });
    await queueEphemeral({ db: deps.db, click: body, text: note });
  });

  app.action<BlockButtonAction>(ACTION.change, async ({ ack, body, client }) => {
    await ack();
    const proposalId = await authorize(body);
    if (!proposalId) return;
    const proposal = await loadProposalForSlack({ prisma: deps.db.prisma, proposalId });
    const schedule = proposal?.status === 'proposed' ? proposal.schedule : null;
    // The trigger id expires in three seconds: the modal cannot wait in the outbox.
    const note =
      proposal && schedule
        ? await openSlackForm({
            deps,
            body,
            client,
            view: renderPlanModal({
              proposalId: proposal.id,
              debtorName: proposal.debtor.name,
              ...prefillPlanChange({ schedule, today: amsterdamDate(deps.now()) }),
            }),
            button: 'Change',
          })
        : `This proposal is already ${proposal?.status ?? 'gone'}${proposal?.decidedBy ? ` (${mention(proposal.decidedBy)})` : ''}.`;
    await queueEphemeral({ db: deps.db, click: body, text: note });
  });

  app.view(VIEW.planChange, async ({ ack, body, view }) => {
    const user = body.user.id;
    const proposalId = ZProposalId.safeParse(view.private_metadata);
    const fail = (message: string, block: string = BLOCK.planCount) =>
      ack({ response_action: 'errors', errors: { [block]: message.slice(0, 300) } });
    if (!proposalId.success)
      return fail('This form lost track of its proposal; close it and click Change again.');
    if (!(await deps.authorizer.can('finance', user))) return fail(FINANCE_REFUSAL);
    const form = ZPlanForm.safeParse(view.state.values);
    if (!form.success) return fail('Fill in the number of instalments, the period and the first date.');
    const field = { count: BLOCK.planCount, down: BLOCK.planDown, start: BLOCK.planStart } as const;
    const checked = await checkPlanChange({
      db: deps.db,
      policy: deps.policy,
      now: deps.now(),
      proposalId: proposalId.data,
      count: form.data[BLOCK.planCount].value.value,
      period: form.data[BLOCK.planPeriod].value.selected_option.value,
      startDate: form.data[BLOCK.planStart].value.selected_date,
      downPayment: form.data[BLOCK.planDown]?.value.value,
    });
    if (!checked.ok) return fail(checked.message, field[checked.field]);
    const { schedule } = checked;
    await ack();
    await decideInSlack({
      deps,
      proposalId: proposalId.data,
      user,
      decision: { kind: 'approve', schedule, changed: true },
    });
  });
}
