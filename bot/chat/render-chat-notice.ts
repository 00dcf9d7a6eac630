import type { NoticeSpec } from '../../domain/notices/action-notice.ts';
import type { ChatTexts } from './chat-texts.ts';

/**
 * A notice the planner owes the debtor (domain/proposals/plan-proposal-execution.ts), in the chat's
 * words: only the notice's data goes in, so the chat says exactly what the execution did (the
 * instalments created, the date recorded, the invoices the link is for). null for a notice no
 * chat dialog decides: those are told by e-mail, or queued as a chat message (bot/notify).
 */
export function renderChatNotice(
  notice: Pick<NoticeSpec, 'template' | 'params'>,
  t: ChatTexts,
): string | null {
  const { params } = notice;
  switch (notice.template) {
    case 'payment_plan_confirmation':
      return t.planApproved(
        (params.instalments ?? []).map((instalment, n) =>
          t.planLine(n + 1, instalment.dueDate, instalment.amountCents),
        ),
      );
    case 'promise_confirmation':
      return params.promisedDate ? t.promiseDone(params.promisedDate, false) : null;
    case 'payment_link':
      return t.forgotten(
        params.invoices.reduce((sum, invoice) => sum + invoice.openCents, 0),
        params.invoices.map((invoice) => invoice.number).join(', '),
      );
    case 'invoice_copy':
      // The copy is the PDF on the page the chat runs on.
      return t.invoiceResent;
    case 'dispute_acknowledgement':
      return t.disputeDone;
    case 'dunning_letter':
    case 'invoice_reissued':
    case 'contact_updated':
    case 'po_request':
    case 'payment_reference_request':
    case 'payment_received':
      return null;
  }
}
