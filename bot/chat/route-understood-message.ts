import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { ProcessedInbound } from '../inbound/process-inbound-messages.ts';
import { carryOutInChat } from './carry-out-in-chat.ts';
import { type ChatDeps, textsOf } from './chat-deps.ts';
import { DIALOG } from './dialogs/chat-dialog-ids.ts';

/**
 * After the pipeline understood a free-text message and the policy proposed a step: start the
 * dialog that completes what the step needs from the debtor, or, when nothing is missing and the
 * policy decides it by itself, carry it out and tell its notice (carryOutInChat). The dialogs get
 * the proposal's id so what they settle replaces it.
 */
export async function routeUnderstoodMessage(
  deps: ChatDeps,
  context: TurnContext,
  dc: DialogContext,
  processed: ProcessedInbound,
): Promise<void> {
  const t = textsOf(context);
  const proposal = processed.proposal;
  const proposalId = processed.proposalId;
  // Answered from what is on file (answerFromStanding): the dialog the question would have
  // started opens, finds the record and tells it, instead of asking again.
  const action =
    proposal?.action === 'no_action' && proposal.params.answeredFromStanding && proposal.params.insteadOf
      ? proposal.params.insteadOf
      : (proposal?.action ?? 'human_review');
  const asked = processed.understanding.entities.instalments[0];
  switch (action) {
    case 'offer_payment_plan':
    case 'request_plan_approval': {
      await dc.beginDialog(DIALOG.plan, {
        proposalId,
        requestedCount: asked?.count ?? null,
        period: asked?.period ?? null,
        pendingInstalments:
          proposal?.action === 'request_plan_approval'
            ? proposal.params.schedule.instalments.map((i) => ({
                dueDate: i.dueDate,
                amountCents: i.amountCents,
              }))
            : null,
      });
      return;
    }
    case 'handoff_to_sales':
      await dc.beginDialog(DIALOG.dispute, { proposalId, action });
      return;
    case 'request_po_number':
    case 'reissue_invoice':
      await dc.beginDialog(DIALOG.po, {
        proposalId,
        action,
        poNumber: proposal?.action === 'reissue_invoice' ? proposal.params.poNumber : null,
      });
      return;
    case 'record_promise':
      await dc.beginDialog(DIALOG.promise, {
        proposalId,
        action,
        requiresApproval: proposal?.requiresApproval ?? true,
        promisedDate: proposal?.action === 'record_promise' ? proposal.params.promisedDate : null,
      });
      return;
    case 'check_payment':
    case 'request_payment_reference':
      await dc.beginDialog(DIALOG.paid, {
        proposalId,
        paidOn: proposal?.action === 'check_payment' ? proposal.params.paidOn : null,
      });
      return;
    case 'send_payment_link':
    case 'resend_invoice':
      // Decided by the policy: carried out through the one execution path, as a mail's would be,
      // and answered with the planner's notice (how to pay the invoices the link is for; the copy
      // is the PDF on the page the chat runs on).
      if (
        proposal &&
        proposalId &&
        (await carryOutInChat({
          deps,
          context,
          proposal: { id: proposalId, requiresApproval: proposal.requiresApproval },
        }))
      )
        return;
      // Nothing to tell as done (settled, or in a plan or dispute meanwhile): ask what it is about.
      await dc.beginDialog(DIALOG.menu, { proposalId, prompt: 'menuPrompt' });
      return;
    case 'update_contact':
      await context.sendActivity(t.contactUpdate);
      return;
    case 'escalate':
      await context.sendActivity(t.handedToPerson);
      return;
    default:
      // A promise without a date: ask for the date rather than leave it to a person.
      if (proposal?.action === 'human_review' && proposal.params.suggestedAction === 'record_promise') {
        await dc.beginDialog(DIALOG.promise, {
          proposalId,
          action,
          requiresApproval: true,
          promisedDate: null,
        });
        return;
      }
      await dc.beginDialog(DIALOG.menu, { proposalId, prompt: 'notUnderstood' });
  }
}
