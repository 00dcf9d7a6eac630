import { WaterfallDialog } from 'botbuilder-dialogs';
import { carryOutInChat } from '../carry-out-in-chat.ts';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface PromiseDialogOptions {
  readonly proposalId: string | null;
  readonly action: string | null;
  readonly requiresApproval: boolean;
  /** The date the pipeline's record_promise proposal holds, when the first message named one. */
  readonly promisedDate: string | null;
}

/** Promise date: asked until it is a date from today up to the policy's horizon; a promise inside the policy is recorded at once. */
export function createPromiseDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.promise, [
    async (step) => {
      const options = step.options as PromiseDialogOptions;
      if (options.action === 'record_promise' && options.promisedDate) return step.next(options.promisedDate);
      return step.prompt(PROMPT.promiseDate, {
        prompt: textsOf(step.context).promiseAsk,
      });
    },
    async (step) => {
      const session = sessionOf(step.context);
      const options = step.options as PromiseDialogOptions;
      const date = String(step.result);
      let settled = {
        id: options.proposalId,
        action: options.action,
        requiresApproval: options.requiresApproval,
      };
      if (!(options.action === 'record_promise' && options.promisedDate === date)) {
        const { proposal, proposalId } = await proposeFromDialog({
          deps,
          session,
          reason: 'promise_to_pay',
          entities: { dates: [{ date, text: '' }] },
          answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
          supersedes: options.proposalId,
        });
        settled = { id: proposalId, action: proposal.action, requiresApproval: proposal.requiresApproval };
      }
      // The promise the policy accepts is recorded before the debtor is told it is, as the
      // planner confirms it; one that needs a person is noted as waiting for one.
      const told =
        settled.id !== null &&
        settled.action === 'record_promise' &&
        (await carryOutInChat({
          deps,
          context: step.context,
          proposal: { id: settled.id, requiresApproval: settled.requiresApproval },
        }));
      if (!told) await step.context.sendActivity(textsOf(step.context).promiseDone(date, true));
      return step.endDialog();
    },
  ]);
}
