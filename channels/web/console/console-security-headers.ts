/**
 * Headers of every console response. The console has no script at all, so the policy allows
 * none; styles only from our stylesheet; forms post only to ourselves; never framed, never
 * cached, no referrer (sign-in links carry their token in the path).
 */
export function consoleSecurityHeaders({
  https,
  cacheable = false,
}: {
  https: boolean;
  cacheable?: boolean;
}): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'cache-control': cacheable ? 'public, max-age=3600' : 'no-store',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
