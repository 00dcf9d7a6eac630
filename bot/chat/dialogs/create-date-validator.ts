import type { PromptValidatorContext } from 'botbuilder-dialogs';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { type ChatDeps, sessionOf, textsOf } from '../chat-deps.ts';
import type { ChatTexts } from '../chat-texts.ts';
import { parseChatDate } from '../parse-chat-date.ts';

/**
 * A date prompt's validator: the text must be one date, on the right side of today (a promise:
 * not in the past and within the policy's horizon; a payment made: not in the future). On a
 * wrong answer it says what is wrong, and the prompt waits for another answer.
 */
export function createDateValidator(deps: ChatDeps, kind: 'promise' | 'paid') {
  return async (prompt: PromptValidatorContext<string>): Promise<boolean> => {
    const session = sessionOf(prompt.context);
    const t: ChatTexts = textsOf(prompt.context);
    const today = amsterdamDate(deps.now());
    const date = parseChatDate(prompt.recognized.value ?? '', { today, language: session.language });
    let problem: string | null = null;
    if (!date) problem = kind === 'promise' ? t.promiseInvalid : t.paidInvalid;
    else if (kind === 'promise' && date < today) problem = t.promisePast;
    else if (kind === 'promise' && date > addDays(today, deps.policy.promises.maxDaysAhead)) {
      problem = t.promiseTooFar(deps.policy.promises.maxDaysAhead);
    } else if (kind === 'paid' && date > today) problem = t.paidFuture;
    if (problem) {
      await prompt.context.sendActivity(problem);
      return false;
    }
    prompt.recognized.value = date!;
    return true;
  };
}
