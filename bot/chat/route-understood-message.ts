import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { executeAutoApprovedProposals } from '../actions/execute-auto-approved-proposals.ts';
import type { ProcessedInbound } from '../pipeline/process-inbound-message.ts';
import { type ChatDeps, textsOf } from './chat-deps.ts';
import { DIALOG } from './dialogs/chat-dialog-ids.ts';

/**
 * After the pipeline understood a free-text message and the policy proposed a step: start the
 * dialog that completes what the step needs from the debtor, or answer directly when nothing
 * is missing. The dialogs get the proposal's id so what they settle replaces it.
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
      await context.sendActivity(
        t.forgotten(
          processed.invoices.reduce((sum, i) => sum + i.openCents, 0),
          processed.invoices.map((invoice) => invoice.number).join(', '),
        ),
      );
      return;
    case 'resend_invoice':
      // Carried out through the one execution path (the copy it owes is this answer: the PDF is
      // on the page the chat runs on), so the proposal does not wait for anyone.
      if (proposal && proposalId)
        await executeAutoApprovedProposals({
          db: deps.db,
          policy: deps.policy,
          proposals: [
            { id: proposalId, action: proposal.action, requiresApproval: proposal.requiresApproval },
          ],
          now: deps.now(),
          toldInChat: true,
        });
      await context.sendActivity(t.invoiceResent);
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
