import { renderSignInPage } from '../../channels/web/console/render-sign-in-page.ts';
import { ensureFormToken } from './anonymous-form-token.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

const NOTICES = new Set([
  'expired',
  'signed_out',
  'link_refused',
  'oidc_failed',
  'oidc_unavailable',
  'form_expired',
]);

/** GET /console/sign-in, and every refusal that sends a person back to it with a notice. */
export function showSignIn(
  deps: ConsoleDeps,
  exchange: Exchange,
  {
    status = 200,
    notice = null,
    linkSent = false,
  }: { status?: number; notice?: string | null; linkSent?: boolean } = {},
): void {
  const asked = exchange.url.searchParams.get('notice');
  const shown = notice ?? (asked && NOTICES.has(asked) ? asked : null);
  exchange.page(
    status,
    renderSignInPage({
      language: exchange.language,
      companyName: deps.companyName,
      providerName: deps.oidc && deps.config.oidc ? deps.config.oidc.providerName : null,
      signInLinks: deps.mailer !== null,
      formToken: ensureFormToken(exchange),
      notice: shown,
      linkSentMinutes: linkSent ? Math.round(deps.config.linkMs / 60_000) : null,
    }),
  );
}
