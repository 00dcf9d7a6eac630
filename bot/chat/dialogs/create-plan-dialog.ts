import { type FoundChoice, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { amsterdamDate } from '../../../domain/model/iso-date.ts';
import type { PlanPeriod } from '../../../domain/plans/build-instalment-schedule.ts';
import { loadDebtorContexts } from '../../../prisma/debtors/load-debtor-contexts.ts';
import { buildPlanOptions, type PlanOption } from '../build-plan-options.ts';
import { carryOutInChat } from '../carry-out-in-chat.ts';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { tellStanding } from '../tell-standing.ts';
import { choicePrompt } from './ask.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface PlanDialogOptions {
  /** The pipeline's proposal for the message that asked for a plan, if any. */
  readonly proposalId: string | null;
  readonly requestedCount: number | null;
  readonly period: PlanPeriod | null;
  /** The instalments the pipeline's proposal already put before finance, if it asked finance. */
  readonly pendingInstalments: readonly { dueDate: string; amountCents: number }[] | null;
  /** Set when the dialog starts over after "no": the options already offered. */
  readonly offered?: readonly PlanOption[];
  readonly totalCents?: number;
}

/**
 * Payment plan: the plans the policy allows (buildPlanOptions), the debtor's choice, a
 * confirmation, then the policy decides on the chosen plan. Inside what it auto-approves, the
 * plan is carried out at once by the same step as an approval in Slack; otherwise
 * it waits for finance and the debtor is told it is pending and will hear the answer here.
 */
export function createPlanDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.plan, [
    async (step) => {
      const session = sessionOf(step.context);
      const t = textsOf(step.context);
      const options = step.options as PlanDialogOptions;
      // "No" to the confirmation shows the same options again without reading them anew.
      if (options.offered) return offer(step, options.offered, options.totalCents ?? 0);
      // The invoice is in a plan, or a plan request waits for finance: tell that, ask nothing anew.
      const onFile = tellStanding(step.context, 'plan');
      if (onFile) {
        await step.context.sendActivity(onFile);
        return step.endDialog();
      }
      const context = (
        await loadDebtorContexts({ prisma: deps.db.prisma, debtorIds: [session.debtorId] })
      ).get(session.debtorId);
      const open = (context?.openInvoices ?? []).filter((invoice) => invoice.status === 'open');
      const concerned = open.filter((invoice) => invoice.id === session.invoiceId);
      const totalCents = (concerned.length > 0 ? concerned : open).reduce((sum, i) => sum + i.openCents, 0);
      const offered =
        context && totalCents > 0
          ? buildPlanOptions({
              totalCents,
              requestedCount: options.requestedCount,
              period: options.period ?? deps.policy.plans.defaultPeriod,
              today: amsterdamDate(deps.now()),
              history: context.history,
              policy: deps.policy,
            })
          : [];
      if (offered.length === 0) {
        await step.context.sendActivity(t.planNone);
        return step.endDialog();
      }
      return offer(step, offered, totalCents);
    },
    async (step) => {
      const t = textsOf(step.context);
      const offered = (step.values as Record<string, unknown>).offered as PlanOption[];
      const choice = step.result as FoundChoice;
      const chosen = offered[choice.index];
      if (!chosen)
        return step.replaceDialog(DIALOG.menu, {
          proposalId: (step.options as PlanDialogOptions).proposalId,
        });
      (step.values as Record<string, unknown>).chosen = chosen;
      const lines = chosen.instalments.map((i, n) => t.planLine(n + 1, i.dueDate, i.amountCents));
      return step.prompt(PROMPT.choice, choicePrompt(t.planConfirm(lines), [t.yes, t.no], YES_NO));
    },
    async (step) => confirmPlan(deps, step),
  ]);
}

async function offer(step: WaterfallStepContext, offered: readonly PlanOption[], totalCents: number) {
  const t = textsOf(step.context);
  const values = step.values as Record<string, unknown>;
  values.offered = offered;
  values.totalCents = totalCents;
  const labels = offered.map((o) => t.planOption(o.count, o.amountCents, o.period, o.needsApproval));
  return step.prompt(PROMPT.choice, choicePrompt(t.planIntro(totalCents), [...labels, t.planOther]));
}

const YES_NO = [
  ['ja', 'yes', 'ok', 'klopt', 'akkoord', 'prima', 'goed'],
  ['nee', 'no', 'niet', 'anders'],
];

async function confirmPlan(deps: ChatDeps, step: WaterfallStepContext) {
  const session = sessionOf(step.context);
  const t = textsOf(step.context);
  const options = step.options as PlanDialogOptions;
  if ((step.result as FoundChoice).index !== 0) {
    const values = step.values as Record<string, unknown>;
    return step.replaceDialog(DIALOG.plan, {
      ...options,
      offered: values.offered as PlanOption[],
      totalCents: values.totalCents as number,
    });
  }
  const chosen = (step.values as Record<string, unknown>).chosen as PlanOption;
  // Finance already has exactly this plan before it (the pipeline asked): do not ask twice.
  if (options.pendingInstalments && sameInstalments(options.pendingInstalments, chosen.instalments)) {
    await step.context.sendActivity(t.planPending);
    return step.endDialog();
  }
  const { proposal, proposalId } = await proposeFromDialog({
    deps,
    session,
    reason: 'liquidity',
    entities: {
      instalments: [{ count: chosen.count, amountCents: null, period: chosen.period, text: '' }],
      dates: [{ date: chosen.startDate, text: '' }],
    },
    answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
    supersedes: options.proposalId,
  });
  // Said only once it is done: the plan is created and the debtor told the planner's
  // confirmation, naming the instalments it was created with.
  const told =
    proposal.action === 'offer_payment_plan' &&
    (await carryOutInChat({
      deps,
      context: step.context,
      proposal: { id: proposalId, requiresApproval: proposal.requiresApproval },
    }));
  if (!told) await step.context.sendActivity(t.planPending);
  return step.endDialog({ proposalId });
}

function sameInstalments(
  a: readonly { dueDate: string; amountCents: number }[],
  b: readonly { dueDate: string; amountCents: number }[],
): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.dueDate === b[i]?.dueDate && x.amountCents === b[i]?.amountCents)
  );
}
