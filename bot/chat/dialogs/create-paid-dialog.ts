import { type PromptValidatorContext, WaterfallDialog } from 'botbuilder-dialogs';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface PaidDialogOptions {
  readonly proposalId: string | null;
  /** The payment date the first message named, if any. */
  readonly paidOn: string | null;
}

export async function validateReference(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const value = (prompt.recognized.value ?? '').trim();
  return value.length >= 2 && value.length <= 100;
}

/**
 * Already paid: the date and the reference, then the policy's check_payment proposal with both,
 * and reminders pause while finance looks for the payment. Nothing is marked paid here.
 */
export function createPaidDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.paid, [
    async (step) => {
      const paidOn = (step.options as PaidDialogOptions).paidOn;
      if (paidOn) return step.next(paidOn);
      return step.prompt(PROMPT.paidDate, { prompt: textsOf(step.context).paidWhen });
    },
    async (step) => {
      (step.values as Record<string, unknown>).paidOn = String(step.result);
      const t = textsOf(step.context);
      return step.prompt(PROMPT.reference, { prompt: t.paidReference, retryPrompt: t.paidReferenceInvalid });
    },
    async (step) => {
      const session = sessionOf(step.context);
      const reference = String(step.result).trim();
      await proposeFromDialog({
        deps,
        session,
        reason: 'already_paid',
        entities: { dates: [{ date: String((step.values as Record<string, unknown>).paidOn), text: '' }] },
        answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
        supersedes: (step.options as PaidDialogOptions).proposalId,
        paymentReference: reference,
      });
      await step.context.sendActivity(textsOf(step.context).paidDone);
      return step.endDialog();
    },
  ]);
}
