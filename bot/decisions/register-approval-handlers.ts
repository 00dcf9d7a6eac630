import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTION, BLOCK, VIEW } from '../../channels/slack/action-ids.ts';
import { mention } from '../../channels/slack/blocks/format-slack.ts';
import { renderPlanModal } from '../../channels/slack/blocks/render-plan-modal.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { addDays, amsterdamDate } from '../../domain/model/iso-date.ts';
import { parseMajorUnits } from '../../domain/money.ts';
import {
  buildInstalmentSchedule,
  type InstalmentSchedule,
} from '../../domain/plans/build-instalment-schedule.ts';
import { evaluatePlanRequest } from '../../domain/plans/evaluate-plan-request.ts';
import { loadDebtorContexts } from '../../prisma/debtors/load-debtor-contexts.ts';
import { loadProposalForSlack } from '../../prisma/proposals/load-proposal-for-slack.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { admitClick } from './admit-click.ts';
import { approveOnClick } from './approve-on-click.ts';
import { FINANCE_REFUSAL } from './authorize-click.ts';
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
              totalCents: schedule.totalCents,
              count: schedule.count,
              period: schedule.period,
              startDate: schedule.instalments[0]?.dueDate ?? addDays(amsterdamDate(deps.now()), 7),
              downPaymentCents: schedule.downPaymentCents,
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
    const proposal = await loadProposalForSlack({ prisma: deps.db.prisma, proposalId: proposalId.data });
    if (!proposal?.schedule) return fail('This proposal has no payment plan to change.');
    if (proposal.status !== 'proposed')
      return fail(`Already ${proposal.status} by ${proposal.decidedBy ?? 'someone'}.`);
    let schedule: InstalmentSchedule;
    try {
      const downText = form.data[BLOCK.planDown]?.value.value?.trim();
      const downPaymentCents = downText ? parseMajorUnits(downText.replace(/^€\s*/, '')) : 0;
      schedule = buildInstalmentSchedule({
        totalCents: proposal.schedule.totalCents,
        count: form.data[BLOCK.planCount].value.value,
        period: form.data[BLOCK.planPeriod].value.selected_option.value,
        startDate: form.data[BLOCK.planStart].value.selected_date,
        downPaymentCents,
      });
    } catch (error) {
      if (error instanceof AppError)
        return fail(
          error.message,
          error.message.includes('down payment') || error.message.includes('amount')
            ? BLOCK.planDown
            : BLOCK.planCount,
        );
      throw error;
    }
    const today = amsterdamDate(deps.now());
    if (schedule.instalments[0] && schedule.instalments[0].dueDate < today)
      return fail('The first payment cannot be in the past.', BLOCK.planStart);
    const contexts = await loadDebtorContexts({ prisma: deps.db.prisma, debtorIds: [proposal.debtor.id] });
    const context = contexts.get(proposal.debtor.id);
    const evaluation = evaluatePlanRequest({
      schedule,
      today,
      history: context?.history ?? {
        brokenPromises: 0,
        breachedPlans: 0,
        activePlan: false,
        openDisputes: 0,
      },
      policy: deps.policy,
    });
    // Finance may approve what needs approval; a plan that breaks a hard limit of the policy stays out.
    if (evaluation.kind === 'rejected') return fail(`Outside policy: ${evaluation.reasons.join('; ')}.`);
    await ack();
    await decideInSlack({
      deps,
      proposalId: proposalId.data,
      user,
      decision: { kind: 'approve', schedule, changed: true },
    });
  });
}
