import { WaterfallDialog } from 'botbuilder-dialogs';
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

/** Promise date: asked until it is a date from today up to the policy's horizon; the policy records it. */
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
      let needsApproval = options.requiresApproval;
      if (!(options.action === 'record_promise' && options.promisedDate === date)) {
        const { proposal } = await proposeFromDialog({
          deps,
          session,
          reason: 'promise_to_pay',
          entities: { dates: [{ date, text: '' }] },
          answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
          supersedes: options.proposalId,
        });
        needsApproval = proposal.requiresApproval || proposal.action !== 'record_promise';
      }
      await step.context.sendActivity(textsOf(step.context).promiseDone(date, needsApproval));
      return step.endDialog();
    },
  ]);
}
