import { z } from 'zod';
import { renderRefusalPage } from '../../channels/web/console/render-refusal-page.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { findActiveStaff } from '../../prisma/staff/find-active-staff.ts';
import { recordSignInRefusal } from '../../prisma/staff/record-sign-in-refusal.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { showSignIn } from './show-sign-in.ts';
import { startStaffSession } from './start-staff-session.ts';

const PENDING_SECONDS = 600;
const ZPending = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43),
});

/**
 * GET /console/sign-in/oidc: off to the identity provider, with state, nonce and the PKCE
 * verifier kept in a short-lived HttpOnly cookie for the way back.
 */
export async function startOidcSignIn(deps: ConsoleDeps, exchange: Exchange): Promise<void> {
  if (!deps.oidc) return showSignIn(deps, exchange, { status: 404 });
  try {
    const { url, pending } = await deps.oidc.start();
    exchange.cookie(
      exchange.names.oidc,
      Buffer.from(JSON.stringify(pending)).toString('base64url'),
      PENDING_SECONDS,
    );
    exchange.redirect(url);
  } catch (error) {
    deps.log(`console: sign-in with the identity provider unavailable: ${describeError(error)}`);
    showSignIn(deps, exchange, { status: 503, notice: 'oidc_unavailable' });
  }
}

/**
 * GET /console/auth/callback: the provider's answer. Only an answer that holds up (state, PKCE,
 * nonce, the ID token's signature, issuer, audience and expiry) and names an active member of
 * staff gets a session; an unknown identity gets a clear refusal page, everything else the
 * sign-in page with what went wrong, and none of it a session.
 */
export async function finishOidcSignIn(deps: ConsoleDeps, exchange: Exchange): Promise<void> {
  if (!deps.oidc) return showSignIn(deps, exchange, { status: 404 });
  const raw = exchange.cookies.get(exchange.names.oidc);
  exchange.cookie(exchange.names.oidc, '', 0);
  let pending: z.infer<typeof ZPending>;
  try {
    pending = ZPending.parse(JSON.parse(Buffer.from(raw ?? '', 'base64url').toString('utf8')));
  } catch {
    deps.log('console: sign-in callback without its pending sign-in (cookie missing or expired)');
    return showSignIn(deps, exchange, { status: 400, notice: 'oidc_failed' });
  }
  const callback = new URL(`${deps.config.baseUrl}${exchange.url.pathname}${exchange.url.search}`);
  let identity: { email: string; subject: string };
  try {
    identity = await deps.oidc.finish(callback, pending);
  } catch (error) {
    const unavailable = error instanceof AppError && error.code === 'CHANNEL_UNAVAILABLE';
    deps.log(`console: sign-in with the identity provider refused: ${describeError(error)}`);
    return showSignIn(deps, exchange, {
      status: unavailable ? 503 : 401,
      notice: unavailable ? 'oidc_unavailable' : 'oidc_failed',
    });
  }
  const staff = await findActiveStaff({ prisma: deps.db.prisma, email: identity.email });
  if (!staff) {
    await recordSignInRefusal({
      prisma: deps.db.prisma,
      email: identity.email,
      via: 'oidc',
      why: 'not_staff',
    });
    deps.log(`console: refused ${identity.email}: not (active) staff`);
    exchange.page(
      403,
      renderRefusalPage({
        language: exchange.language,
        companyName: deps.companyName,
        kind: 'unknown_identity',
        email: identity.email,
        signedIn: null,
      }),
    );
    return;
  }
  await startStaffSession({ deps, exchange, staff, via: 'oidc' });
}
