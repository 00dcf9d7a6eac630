import type { TurnContext } from 'botbuilder';
import {
  type AutoApproved,
  executeAutoApprovedProposals,
} from '../decisions/execute-auto-approved-proposals.ts';
import { type ChatDeps, textsOf } from './chat-deps.ts';
import { renderChatNotice } from './render-chat-notice.ts';

/**
 * A proposal the policy decides by itself in this conversation goes through the one execution
 * step, as a mail's would, and the debtor is told here, in the chat's words, the notices the
 * planner owes for it (written as handed over, so no second message follows). false when nothing
 * was told: it needs a person, was decided before, or can no longer be carried out; the dialog
 * then says what holds instead.
 */
export async function carryOutInChat({
  deps,
  context,
  proposal,
}: {
  deps: Pick<ChatDeps, 'db' | 'policy' | 'now' | 'log'>;
  context: TurnContext;
  proposal: AutoApproved;
}): Promise<boolean> {
  const outcome = (
    await executeAutoApprovedProposals({
      db: deps.db,
      policy: deps.policy,
      proposals: [proposal],
      now: deps.now(),
      toldInChat: true,
    })
  ).get(proposal.id);
  if (outcome?.outcome !== 'executed' && outcome?.outcome !== 'acknowledged') return false;
  let told = false;
  for (const notice of outcome.notices) {
    if (notice.channel !== 'chat') continue;
    const text = renderChatNotice(notice, textsOf(context));
    if (text === null) {
      deps.log(`chat: the ${notice.template} notice of proposal ${proposal.id} has no chat words; not told`);
      continue;
    }
    await context.sendActivity(text);
    told = true;
  }
  return told;
}
