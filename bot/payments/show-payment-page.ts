import type { IncomingMessage, ServerResponse } from 'node:http';
import { choosePageLanguage } from '../../channels/web/page-strings.ts';
import { renderInvoicePdf } from '../../channels/web/render-invoice-pdf.ts';
import { type CheckoutNotice, renderPaymentPage } from '../../channels/web/render-payment-page.ts';
import { asAppError } from '../../domain/errors/app-error.ts';
import { loadInvoiceStanding } from '../../prisma/ledger/load-invoice-standing.ts';
import { findLatestCheckout } from '../../prisma/payments/find-latest-checkout.ts';
import { loadPaymentPageInvoice } from '../../prisma/payments/load-payment-page-invoice.ts';
import { recordProviderPayment } from '../../prisma/payments/record-provider-payment.ts';
import type { PageDeps } from './page-deps.ts';
import { resolvePageLink } from './resolve-page-link.ts';
import { headersFor, sendHtml } from './send-page-response.ts';
import { toPageView } from './to-page-view.ts';

const SETTLED = ['paid', 'credited', 'written_off'];

/**
 * GET /pay/<token> (the page) and GET /pay/<token>/invoice.pdf. Coming back from the checkout
 * (?return=1) the page asks the provider about the latest payment itself, through the same
 * idempotent recording as the webhook, so the debtor sees "paid" even before the webhook.
 */
export async function showPaymentPage(deps: PageDeps, request: IncomingMessage, response: ServerResponse) {
  const link = await resolvePageLink(deps, request, response);
  if (!link) return;
  const params = new URL(request.url ?? '/', 'http://x').searchParams;
  const language = choosePageLanguage(params.get('lang'), link.invoice.debtor.language);
  if (link.rest === 'checkout') {
    response.writeHead(303, { ...headersFor(deps), location: `/pay/${link.token}?lang=${language}` });
    response.end();
    return;
  }
  if (link.rest === 'invoice.pdf') {
    const pdf = await renderInvoicePdf({
      view: toPageView(
        deps,
        link.invoice,
        await loadInvoiceStanding({ prisma: deps.prisma, invoiceId: link.invoice.id }),
      ),
      language,
      pageUrl: `${deps.config.publicBaseUrl}/pay/${link.token}`,
    });
    response.writeHead(200, {
      ...headersFor(deps),
      'content-type': 'application/pdf',
      'content-length': pdf.byteLength,
      'content-disposition': `attachment; filename="invoice-${link.invoice.number.replace(/[^\w.-]/g, '_')}.pdf"`,
    });
    response.end(Buffer.from(pdf));
    return;
  }
  let invoice = link.invoice;
  let notice: CheckoutNotice = null;
  if (params.get('return') === '1' && !SETTLED.includes(invoice.status)) {
    notice = await checkReturn(deps, invoice.id);
    invoice = (await loadPaymentPageInvoice({ prisma: deps.prisma, invoiceId: invoice.id })) ?? invoice;
  }
  // Read after the return check: a payment it recorded may have paid an instalment.
  const standing = await loadInvoiceStanding({ prisma: deps.prisma, invoiceId: invoice.id });
  sendHtml(
    deps,
    response,
    200,
    renderPaymentPage({
      view: toPageView(deps, invoice, standing),
      language,
      token: link.token,
      canPayOnline: deps.provider !== null,
      notice,
    }),
  );
}

async function checkReturn(deps: PageDeps, invoiceId: string): Promise<CheckoutNotice> {
  const latest = await findLatestCheckout({ prisma: deps.prisma, invoiceId });
  if (!latest || !deps.provider) return null;
  if (latest.outcome) return null;
  try {
    const payment = await deps.provider.getPayment(latest.id);
    if (!payment) return null;
    const recorded = await recordProviderPayment({
      prisma: deps.prisma,
      provider: deps.provider.name,
      payment,
      now: deps.now(),
    });
    if (recorded.kind === 'not_paid') {
      return ['open', 'pending', 'authorized'].includes(recorded.status) ? 'checking' : 'not_completed';
    }
    return null;
  } catch (error) {
    deps.log(`payment page: checking ${latest.id} on return failed: ${asAppError(error).message}`);
    return 'checking';
  }
}
