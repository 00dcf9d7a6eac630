/**
 * Headers for every response of the payment page. Scripts only from our origin (no inline
 * script, no eval); Web Chat injects its styles at run time (CSS-in-JS), so styles allow
 * 'unsafe-inline', which cannot run code. connect-src allows our Direct Line endpoint over
 * HTTP and its WebSocket. form-action lists the provider's checkout, because Chromium applies
 * it to the redirect after our checkout form. The link token is in the URL: no referrer, no
 * caching.
 */
export function pageSecurityHeaders({
  https,
  checkoutOrigins,
  cacheable = false,
}: {
  https: boolean;
  /** Origins the checkout form may redirect to (https://www.mollie.com). */
  checkoutOrigins: readonly string[];
  cacheable?: boolean;
}): Record<string, string> {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob: data:",
    `connect-src 'self' ${https ? 'wss:' : 'ws: wss:'}`,
    `form-action 'self' ${checkoutOrigins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
    'cache-control': cacheable ? 'public, max-age=3600' : 'no-store',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
