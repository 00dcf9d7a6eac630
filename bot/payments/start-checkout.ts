import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLimitedBody } from '../../channels/http/read-limited-body.ts';
import { choosePageLanguage } from '../../channels/web/page-strings.ts';
import { asAppError } from '../../domain/errors/app-error.ts';
import { findLatestCheckout } from '../../prisma/payments/find-latest-checkout.ts';
import { saveProviderCheckout } from '../../prisma/payments/save-provider-checkout.ts';
import type { PageDeps } from './page-deps.ts';
import { resolvePageLink } from './resolve-page-link.ts';
import { headersFor, sendErrorPage } from './send-page-response.ts';

const MAX_FORM_BYTES = 1024;
/** A checkout the debtor opened minutes ago is reused instead of starting a second payment. */
const REUSE_MS = 10 * 60_000;

/**
 * POST /pay/<token>/checkout: a provider payment for the invoice's open balance (iDEAL first)
 * and a 303 to its checkout. The amount comes from our database, never from the form; the form
 * only carries the page language.
 */
export async function startCheckout(deps: PageDeps, request: IncomingMessage, response: ServerResponse) {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams((await readLimitedBody(request, MAX_FORM_BYTES)).toString('utf8'));
  } catch (error) {
    if ((asAppError(error).details as { tooLarge?: boolean } | undefined)?.tooLarge) {
      sendErrorPage(deps, request, response, 'too_large');
      return;
    }
    throw error;
  }
  const link = await resolvePageLink(deps, request, response);
  if (!link) return;
  if (link.rest !== 'checkout') {
    // Only /pay/<token>/checkout accepts POST: anything else is a page that does not exist, not
    // an outage (it was a 503 "unavailable" page until the fuzz suite posted to /pay/<token>).
    sendErrorPage(deps, request, response, 'invalid');
    return;
  }
  const language = choosePageLanguage(form.get('lang'), link.invoice.debtor.language);
  const pageUrl = `${deps.config.publicBaseUrl}/pay/${link.token}?lang=${language}`;
  const back = () => {
    response.writeHead(303, { ...headersFor(deps), location: `/pay/${link.token}?lang=${language}` });
    response.end();
  };
  const { invoice } = link;
  if (
    !deps.provider ||
    invoice.openCents <= 0 ||
    ['paid', 'credited', 'written_off'].includes(invoice.status)
  ) {
    back();
    return;
  }
  const now = deps.now();
  const latest = await findLatestCheckout({ prisma: deps.prisma, invoiceId: invoice.id });
  let checkoutUrl =
    latest &&
    latest.status === 'open' &&
    latest.outcome === null &&
    latest.amountCents === invoice.openCents &&
    latest.currency === invoice.currency &&
    now.getTime() - latest.createdAt.getTime() < REUSE_MS
      ? latest.checkoutUrl
      : null;
  if (!checkoutUrl) {
    try {
      const payment = await deps.provider.createPayment({
        amountCents: invoice.openCents,
        currency: invoice.currency,
        description: `${deps.companyName} ${language === 'nl' ? 'factuur' : 'invoice'} ${invoice.number}`,
        redirectUrl: `${pageUrl}&return=1`,
        webhookUrl: `${deps.config.publicBaseUrl}/payments/${deps.provider.name}/webhook`,
        methods: ['ideal'],
        locale: language,
        metadata: { invoiceId: invoice.id },
      });
      await saveProviderCheckout({
        prisma: deps.prisma,
        provider: deps.provider.name,
        invoiceId: invoice.id,
        payment,
      });
      checkoutUrl = payment.checkoutUrl;
    } catch (error) {
      deps.log(`payment page: checkout for ${invoice.number} failed: ${asAppError(error).message}`);
      sendErrorPage(deps, request, response, 'unavailable');
      return;
    }
  }
  if (!checkoutUrl || !/^https?:\/\//u.test(checkoutUrl)) {
    deps.log(`payment page: the provider returned no usable checkout URL for ${invoice.number}`);
    sendErrorPage(deps, request, response, 'unavailable');
    return;
  }
  response.writeHead(303, { ...headersFor(deps), location: checkoutUrl });
  response.end();
}
