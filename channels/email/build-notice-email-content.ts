import { AppError } from '../../domain/errors/app-error.ts';
import type { NoticeParams, NoticeTemplate } from '../../domain/notices/action-notice.ts';
import type { EmailConfig } from './read-email-config.ts';
import type { EmailContent } from './render-email.ts';
import { resolvePaymentLink } from './resolve-payment-link.ts';

/**
 * The mail for a notice the planner owes the debtor (domain/proposals/plan-proposal-execution.ts):
 * only the notice's data, worded by its template (renderEmailContent). What the installation can do decides the words
 * that depend on it (whether a person is told, which payment link), never what the notice says
 * was done.
 */
export function buildNoticeEmailContent({
  template,
  params,
  debtorName,
  contactName = null,
  companyName,
  staffNotified,
  email,
}: {
  template: NoticeTemplate;
  params: NoticeParams;
  debtorName: string;
  /** The addressee's name as imported: every mail greets by it. */
  contactName?: string | null;
  companyName: string;
  /** false: no staff channel tells anyone, so an acknowledgement promises no contact. */
  staffNotified: boolean;
  /** The e-mail settings, for the payment link; null: no link can be made. */
  email: Pick<EmailConfig, 'paymentLinkUrl' | 'paymentPage'> | null;
}): EmailContent {
  const common = {
    companyName,
    debtorName,
    contactName,
    invoices: params.invoices.map(({ number, openCents, dueDate }) => ({ number, openCents, dueDate })),
  };
  const link = email ? resolvePaymentLink({ email, invoices: params.invoices }) : null;
  switch (template) {
    case 'payment_plan_confirmation':
      return { ...common, template, instalments: params.instalments ?? [] };
    case 'dunning_letter': {
      if (!params.dunning)
        throw new AppError('INPUT_INVALID', 'A dunning letter notice needs params.dunning.');
      const letter = {
        ...common,
        // A letter for several invoices carries a link per invoice (our payment page pays one
        // invoice a link) beside the letter's own link when one can be made for all of them.
        invoices:
          email?.paymentPage && params.invoices.length > 1
            ? params.invoices.map((invoice) => ({
                number: invoice.number,
                openCents: invoice.openCents,
                dueDate: invoice.dueDate,
                payUrl: resolvePaymentLink({ email, invoices: [invoice] }),
              }))
            : common.invoices,
        stepCode: params.dunning.stepCode,
        stepIndex: params.dunning.stepIndex,
        stepLabel: params.dunning.stepLabel,
      };
      // The first letter on the ladder reads the same whether the run sent it or a person approved it.
      if (params.dunning.letterKind === 'reminder')
        return { ...letter, template: 'reminder', paymentLink: link };
      return {
        ...letter,
        template,
        letterKind: params.dunning.letterKind,
        costsCents: params.dunning.costsCents,
        interest: params.dunning.interest ?? null,
        paymentLink: link,
      };
    }
    case 'invoice_reissued':
      return { ...common, template, poNumber: params.poNumber ?? '' };
    case 'contact_updated':
      return { ...common, template, email: params.email ?? params.to ?? '' };
    case 'promise_confirmation':
      return {
        ...common,
        template,
        promisedDate: params.promisedDate ?? '',
        amountCents: params.amountCents ?? null,
      };
    case 'payment_link':
      if (!link) {
        throw new AppError(
          'CONFIG_INVALID',
          'Set PAYMENT_LINK_SECRET and PUBLIC_BASE_URL (our payment page) or EMAIL_PAYMENT_LINK_URL to send a payment link; the notice waits until one is set.',
        );
      }
      return { ...common, template, url: link };
    case 'po_request':
    case 'payment_reference_request':
      return { ...common, template };
    case 'invoice_copy':
      return { ...common, template, paymentLink: link };
    case 'payment_received':
      return { ...common, template, amountCents: params.amountCents ?? null };
    case 'dispute_acknowledgement':
      return { ...common, template, pausedUntil: params.pausedUntil ?? null, staffNotified };
  }
}
