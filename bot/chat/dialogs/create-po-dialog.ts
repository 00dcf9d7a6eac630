import { type PromptValidatorContext, WaterfallDialog } from 'botbuilder-dialogs';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import { proposeFromDialog } from '../propose-from-dialog.ts';
import { ANSWER_KEY, DIALOG, PROMPT } from './chat-dialog-ids.ts';

export interface PoDialogOptions {
  readonly proposalId: string | null;
  readonly action: string | null;
  /** The PO number the first message named, if any. */
  readonly poNumber: string | null;
}

/** 3-35 letters, digits and - _ / . with at least one digit: what ERP systems use for PO numbers. */
const PO_NUMBER = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]{1,33}[A-Za-z0-9]$/u;

export function isValidPoNumber(text: string): boolean {
  return PO_NUMBER.test(text.trim());
}

export async function validatePoNumber(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return prompt.recognized.succeeded && isValidPoNumber(prompt.recognized.value ?? '');
}

/**
 * PO capture: the number (validated, asked again until it is), then the policy proposes the
 * reissue with it; finance checks the number before the invoice is reissued (Slack executor).
 */
export function createPoDialog(deps: ChatDeps): WaterfallDialog {
  return new WaterfallDialog(DIALOG.po, [
    async (step) => {
      const options = step.options as PoDialogOptions;
      if (options.poNumber && isValidPoNumber(options.poNumber)) return step.next(options.poNumber);
      const t = textsOf(step.context);
      return step.prompt(PROMPT.po, { prompt: t.poAsk, retryPrompt: t.poInvalid });
    },
    async (step) => {
      const session = sessionOf(step.context);
      const options = step.options as PoDialogOptions;
      const po = String(step.result).trim().toUpperCase();
      // The pipeline already proposed the reissue with this very number: nothing new to ask.
      const already = options.action === 'reissue_invoice' && options.poNumber?.toUpperCase() === po;
      if (!already) {
        await proposeFromDialog({
          deps,
          session,
          reason: 'missing_po',
          entities: { poNumbers: [po] },
          answerMessageId: await (step.context.turnState.get(ANSWER_KEY) as Promise<string>),
          supersedes: options.proposalId,
        });
      }
      await step.context.sendActivity(
        deps.capabilities.staffChannel
          ? textsOf(step.context).poDone(po)
          : textsOf(step.context).poDoneRecorded(po),
      );
      return step.endDialog();
    },
  ]);
}
