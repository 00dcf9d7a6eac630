import { type FoundChoice, WaterfallDialog } from 'botbuilder-dialogs';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { choicePrompt } from './ask.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface MenuDialogOptions {
  /** The review proposal of a message the classifier was unsure about; the debtor's pick replaces it. */
  readonly proposalId: string | null;
  readonly prompt?: 'notUnderstood' | 'menuPrompt';
}

/** When the reason is unclear: the debtor picks what it is about, and the matching dialog takes over. */
export function createMenuDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.menu, [
    async (step) => {
      const t = textsOf(step.context);
      const options = step.options as MenuDialogOptions;
      const m = t.menu;
      return step.prompt(
        PROMPT.choice,
        choicePrompt(t[options.prompt ?? 'notUnderstood'], [
          m.plan,
          m.dispute,
          m.po,
          m.promise,
          m.paid,
          m.person,
        ]),
      );
    },
    async (step) => {
      const options = step.options as MenuDialogOptions;
      const proposalId = options.proposalId;
      switch ((step.result as FoundChoice).index) {
        case 0:
          return step.replaceDialog(DIALOG.plan, {
            proposalId,
            requestedCount: null,
            period: null,
            pendingInstalments: null,
          });
        case 1:
          return step.replaceDialog(DIALOG.dispute, { proposalId, action: null });
        case 2:
          return step.replaceDialog(DIALOG.po, { proposalId, action: null, poNumber: null });
        case 3:
          return step.replaceDialog(DIALOG.promise, {
            proposalId,
            action: null,
            requiresApproval: false,
            promisedDate: null,
          });
        case 4:
          return step.replaceDialog(DIALOG.paid, { proposalId, paidOn: null });
        default: {
          // Picked by number rather than the button (whose word the bot treats as a hand-off itself).
          const session = sessionOf(step.context);
          await proposeFromDialog({
            deps,
            session,
            reason: 'other',
            entities: {},
            answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
            supersedes: proposalId,
          });
          await step.context.sendActivity(textsOf(step.context).handedToPerson);
          return step.endDialog();
        }
      }
    },
  ]);
}
