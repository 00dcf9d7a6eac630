import { WaterfallDialog } from 'botbuilder-dialogs';
import { addDisputeDetails } from '../../../prisma/disputes/add-dispute-details.ts';
import { carryOutInChat } from '../carry-out-in-chat.ts';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { tellStanding } from '../tell-standing.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface DisputeDialogOptions {
  /** The pipeline's hand-off proposal (or the review proposal the menu replaces), if any. */
  readonly proposalId: string | null;
  readonly action: string | null;
}

/**
 * Dispute intake: what is wrong and which lines, added to the hand-off to sales (the dispute
 * the pipeline's proposal opens). When the dispute was chosen from the menu there is no hand-off
 * yet, so the policy proposes one first. Amounts never change here; only sales changes them.
 */
export function createDisputeDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.dispute, [
    async (step) => {
      const session = sessionOf(step.context);
      // A dispute about this invoice is already open: acknowledge it, never open a second one.
      const onFile = tellStanding(step.context, 'dispute');
      if (onFile) {
        await step.context.sendActivity(onFile);
        return step.endDialog();
      }
      return step.prompt(PROMPT.text, {
        prompt: textsOf(step.context).disputeWhat(session.invoiceNumber),
      });
    },
    async (step) => {
      (step.values as Record<string, unknown>).what = String(step.result);
      return step.prompt(PROMPT.text, { prompt: textsOf(step.context).disputeLines });
    },
    async (step) => {
      const session = sessionOf(step.context);
      const options = step.options as DisputeDialogOptions;
      const details = `what is wrong: ${String((step.values as Record<string, unknown>).what)}; lines: ${String(step.result)}`;
      let proposalId = options.action === 'handoff_to_sales' ? options.proposalId : null;
      if (!proposalId) {
        proposalId = (
          await proposeFromDialog({
            deps,
            session,
            reason: 'dispute',
            entities: {},
            answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
            supersedes: options.proposalId,
          })
        ).proposalId;
      }
      await addDisputeDetails({ prisma: deps.db.prisma, proposalId, details });
      // The hand-off waits for sales (the Slack dispatch); the policy's decision owes the debtor its
      // acknowledgement, the same notice a mail gets. A hand-off never waits for approval, and the
      // execution step checks that against the database. Told nothing (no open invoice left, sales
      // took it already): the hand-off and its pause are stored all the same.
      const told = await carryOutInChat({
        deps,
        context: step.context,
        proposal: { id: proposalId, requiresApproval: false },
      });
      if (!told) await step.context.sendActivity(textsOf(step.context).disputeDone);
      return step.endDialog({ proposalId });
    },
  ]);
}
