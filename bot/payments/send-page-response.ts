import type { IncomingMessage, ServerResponse } from 'node:http';
import { pageSecurityHeaders } from '../../channels/web/page-security-headers.ts';
import type { PageLanguage } from '../../channels/web/page-strings.ts';
import type { ErrorPageKind } from '../../channels/web/render-error-page.ts';
import { renderErrorPage } from '../../channels/web/render-error-page.ts';
import type { PageDeps } from './page-deps.ts';

const STATUS: Record<ErrorPageKind, number> = {
  invalid: 404,
  expired: 410,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
};

/** The security headers of every page response, from the configured base URL and provider. */
export function headersFor(deps: PageDeps, { cacheable = false }: { cacheable?: boolean } = {}) {
  const checkoutOrigins = deps.config.mollie
    ? [
        'https://www.mollie.com',
        ...(new URL(deps.config.mollie.apiUrl).hostname === 'api.mollie.com'
          ? []
          : [new URL(deps.config.mollie.apiUrl).origin]),
      ]
    : [];
  return pageSecurityHeaders({
    https: deps.config.publicBaseUrl.startsWith('https:'),
    checkoutOrigins,
    cacheable,
  });
}

export function sendHtml(deps: PageDeps, response: ServerResponse, status: number, html: string, extra = {}) {
  response.writeHead(status, {
    ...headersFor(deps),
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    ...extra,
  });
  response.end(html);
}

export function sendErrorPage(
  deps: PageDeps,
  request: IncomingMessage,
  response: ServerResponse,
  kind: ErrorPageKind,
  { retryAfterSeconds }: { retryAfterSeconds?: number } = {},
) {
  const lang = new URL(request.url ?? '/', 'http://x').searchParams.get('lang');
  const language: PageLanguage | null = lang === 'nl' || lang === 'en' ? lang : null;
  const html = renderErrorPage({
    kind,
    language,
    companyName: deps.companyName,
    contactEmail: deps.config.contactEmail,
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  });
  sendHtml(deps, response, STATUS[kind], html, {
    ...(retryAfterSeconds ? { 'retry-after': String(retryAfterSeconds) } : {}),
    ...(kind === 'too_large' ? { connection: 'close' } : {}),
  });
}
