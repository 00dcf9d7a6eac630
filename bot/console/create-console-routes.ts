import type { IncomingMessage, ServerResponse } from 'node:http';
import { consoleSecurityHeaders } from '../../channels/web/console/console-security-headers.ts';
import { renderRefusalPage } from '../../channels/web/console/render-refusal-page.ts';
import { readStylesheet } from '../../channels/web/read-stylesheet.ts';
import { authorizeStaff, type ConsoleCapability } from '../../domain/staff/authorize-staff.ts';
import { endStaffSession } from '../../prisma/staff/end-staff-session.ts';
import type { HttpRoute } from '../server/service.ts';
import { actOnDebtorFromConsole } from './act-on-debtor-from-console.ts';
import { applyTransferFromConsole } from './apply-transfer-from-console.ts';
import { assignFromConsole } from './assign-from-console.ts';
import { CONSOLE_ACTION_ROUTES } from './console-action-routes.ts';
import type { ConsoleDeps, ConsolePost } from './console-deps.ts';
import { CONSOLE_PAGE_ROUTES } from './console-page-routes.ts';
import { decideFromConsole } from './decide-from-console.ts';
import { isCsrfTokenOf } from './derive-csrf-token.ts';
import { downloadReport, type ReportTableId } from './download-report.ts';
import { hashSecret } from './hash-secret.ts';
import { type Exchange, openExchange } from './open-exchange.ts';
import { pauseFromConsole } from './pause-from-console.ts';
import { type ConsoleSession, resolveConsoleSession } from './resolve-console-session.ts';
import { retryOutboxFromConsole } from './retry-outbox-from-console.ts';
import { saveContactFromConsole } from './save-contact-from-console.ts';
import { settleDisputeFromConsole } from './settle-dispute-from-console.ts';
import { showDebtor } from './show-debtor.ts';
import { showDebtorLetters } from './show-debtor-letters.ts';
import { showDebtorMessage } from './show-debtor-message.ts';
import { showDebtorSearch } from './show-debtor-search.ts';
import { showHealth } from './show-health.ts';
import { showInbox } from './show-inbox.ts';
import { showLetterPart } from './show-letter-part.ts';
import { showReports } from './show-reports.ts';
import { showSales } from './show-sales.ts';
import { showSignIn } from './show-sign-in.ts';
import { showTriage } from './show-triage.ts';
import { requestSignInLink, showSignInLink, useSignInLink } from './sign-in-with-link.ts';
import { finishOidcSignIn, startOidcSignIn } from './sign-in-with-oidc.ts';
import { takeUpFromConsole } from './take-up-from-console.ts';
import { triageMailFromConsole } from './triage-mail-from-console.ts';

const CSS = readStylesheet('console.css');

/**
 * The staff console's routes under /console. Signed-out pages: sign-in (identity provider and/or
 * e-mail link) and the provider's callback. Everything else needs a live session; every POST
 * needs the session's CSRF token; every action and page needs its role (CONSOLE_ACTION_ROUTES,
 * CONSOLE_PAGE_ROUTES), checked in that order before the action runs or the page is read.
 */
export function createConsoleRoutes(
  deps: ConsoleDeps,
  { clientOf }: { clientOf: (request: IncomingMessage) => string },
): HttpRoute[] {
  const get = async (request: IncomingMessage, response: ServerResponse) => {
    const exchange = openExchange(deps.config, request, response);
    const pathname = exchange.url.pathname;
    if (pathname === '/console/assets/console.css') {
      response.writeHead(200, {
        ...consoleSecurityHeaders({ https: deps.config.https, cacheable: true }),
        'content-type': 'text/css; charset=utf-8',
        'content-length': CSS.length,
      });
      response.end(CSS);
      return;
    }
    if (pathname === '/console/sign-in') return showSignIn(deps, exchange);
    if (pathname === '/console/sign-in/oidc') return startOidcSignIn(deps, exchange);
    if (pathname === '/console/auth/callback') return finishOidcSignIn(deps, exchange);
    const link = /^\/console\/sign-in\/link\/([^/]+)$/.exec(pathname);
    if (link) return showSignInLink(deps, exchange, link[1]!);
    const page = CONSOLE_PAGE_ROUTES.map((route) => ({ route, match: route.pattern.exec(pathname) })).find(
      (candidate) => candidate.match,
    );
    if (!page && pathname !== '/console' && pathname !== '/console/') return notFound(exchange);
    const session = await resolveConsoleSession(deps, exchange);
    if (session.kind !== 'active') {
      exchange.redirect(session.kind === 'expired' ? '/console/sign-in?notice=expired' : '/console/sign-in');
      return;
    }
    if (!page) return showInbox(deps, exchange, session);
    if (!authorizeStaff({ roles: session.staff.roles, capability: page.route.capability })) {
      return refuseRole(deps, exchange, session, page.route.name, page.route.capability);
    }
    const match = page.match!;
    switch (page.route.name) {
      case 'debtors':
        return showDebtorSearch(deps, exchange, session);
      case 'debtor':
        return showDebtor(deps, exchange, session, match[1]!, () => notFound(exchange));
      case 'message':
        return showDebtorMessage(deps, exchange, session, { debtorId: match[1]!, messageId: match[2]! }, () =>
          notFound(exchange),
        );
      case 'health':
        return showHealth(deps, exchange, session);
      case 'letters':
      case 'letter-part': {
        // The letters of one open invoice (?invoice=NUMBER; none: the longest overdue).
        const letters = { debtorId: match[1]!, invoiceNumber: exchange.url.searchParams.get('invoice') };
        if (page.route.name === 'letters') {
          return showDebtorLetters(deps, exchange, session, letters, () => notFound(exchange));
        }
        const part = { ...letters, step: match[2]!, format: match[3] as 'html' | 'pdf' };
        return showLetterPart(deps, exchange, part, () => notFound(exchange));
      }
      case 'reports':
        return showReports(deps, exchange, session);
      case 'report-download':
        return downloadReport(deps, exchange, {
          table: match[1] as ReportTableId,
          format: match[2] as 'csv' | 'xlsx',
        });
      case 'sales':
        return showSales(deps, exchange, session);
      case 'triage':
        return showTriage(deps, exchange, session);
      case 'triage-mail':
        return showDebtorMessage(deps, exchange, session, { debtorId: null, messageId: match[1]! }, () =>
          notFound(exchange),
        );
      default:
        throw new Error(`no page for console route ${page.route satisfies never}`);
    }
  };

  const post = async (request: IncomingMessage, response: ServerResponse) => {
    const exchange = openExchange(deps.config, request, response);
    const pathname = exchange.url.pathname;
    if (pathname === '/console/sign-in/link') return requestSignInLink(deps, exchange, clientOf(request));
    if (pathname === '/console/sign-in/link/use') return useSignInLink(deps, exchange);
    const action = CONSOLE_ACTION_ROUTES.map((route) => ({
      route,
      match: route.pattern.exec(pathname),
    })).find((candidate) => candidate.match);
    if (!action && pathname !== '/console/sign-out') return notFound(exchange);
    const session = await resolveConsoleSession(deps, exchange);
    if (session.kind !== 'active') {
      request.resume();
      exchange.redirect(session.kind === 'expired' ? '/console/sign-in?notice=expired' : '/console/sign-in');
      return;
    }
    const form = await exchange.form();
    const signedIn = { name: session.staff.name, email: session.staff.email, csrf: session.csrf };
    if (!isCsrfTokenOf(session.sessionId, form.get('csrf'))) {
      deps.log(`console: refused ${pathname} by ${session.staff.email}: missing or wrong CSRF token`);
      exchange.page(
        403,
        renderRefusalPage({
          language: exchange.language,
          companyName: deps.companyName,
          kind: 'csrf',
          signedIn,
        }),
      );
      return;
    }
    if (!action) {
      await endStaffSession({
        prisma: deps.db.prisma,
        idHash: hashSecret(session.sessionId),
        staffId: session.staff.id,
      });
      exchange.cookie(exchange.names.session, '', 0);
      exchange.redirect('/console/sign-in?notice=signed_out');
      return;
    }
    if (!authorizeStaff({ roles: session.staff.roles, capability: action.route.capability })) {
      return refuseRole(deps, exchange, session, action.route.name, action.route.capability);
    }
    // What every action gets: the role and the CSRF token are checked.
    const posted: ConsolePost = {
      deps,
      exchange,
      staff: session.staff,
      form,
      actor: `console:${session.staff.email}`,
    };
    if (action.route.name === 'pause' || action.route.name === 'debtor-act') {
      // Both act on the debtor whose page the form was on: an unknown one is a 404, the form unread.
      const debtor = await deps.db.prisma.debtor.findUnique({
        where: { id: action.match![1]! },
        select: { id: true, language: true, accountOwner: true },
      });
      if (!debtor) return notFound(exchange);
      const post = action.route.name === 'pause' ? pauseFromConsole : actOnDebtorFromConsole;
      return post({ ...posted, debtor, page: `/console/debtors/${debtor.id}` });
    }
    const name = action.route.name;
    if (
      name === 'dispute-take' ||
      name === 'dispute-resolve' ||
      name === 'handoff-take' ||
      name === 'dispute-escalate' ||
      name === 'dispute-hand-back' ||
      name === 'dispute-settle'
    ) {
      return settleDisputeFromConsole({ ...posted, action: name, id: action.match![1]! });
    }
    if (action.route.name === 'mail-assign' || action.route.name === 'mail-dismiss') {
      return triageMailFromConsole({ ...posted, action: action.route.name, messageId: action.match![1]! });
    }
    if (action.route.name === 'payment-apply') {
      return applyTransferFromConsole({ ...posted, csrf: session.csrf, entryId: action.match![1]! });
    }
    if (action.route.name === 'open-dispute' || action.route.name === 'triage') {
      return takeUpFromConsole({ ...posted, action: action.route.name, proposalId: action.match![1]! });
    }
    if (action.route.name === 'assign') {
      return assignFromConsole({ ...posted, proposalId: action.match![1]! });
    }
    if (action.route.name === 'contact-add' || action.route.name === 'contact-change') {
      return saveContactFromConsole({
        ...posted,
        debtorId: action.match![1]!,
        contactId: action.match![2] ?? null,
        csrf: session.csrf,
        notFound: () => notFound(exchange),
      });
    }
    if (action.route.name === 'outbox-retry') {
      return retryOutboxFromConsole(posted);
    }
    await decideFromConsole({
      ...posted,
      csrf: session.csrf,
      action: action.route.name,
      proposalId: action.match?.[1] ?? null,
    });
  };

  return [
    { method: 'GET', path: '/console', handle: get },
    { method: 'GET', path: '/console/*', handle: get },
    { method: 'POST', path: '/console/*', handle: post },
  ];
}

/** A 403 for a signed-in member of staff whose roles do not grant what the route needs; logged, nothing read or changed. */
function refuseRole(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: Extract<ConsoleSession, { kind: 'active' }>,
  route: string,
  capability: ConsoleCapability,
): void {
  deps.log(
    `console: refused ${route} by ${session.staff.email} (${session.staff.roles.join(', ') || 'no role'})`,
  );
  exchange.page(
    403,
    renderRefusalPage({
      language: exchange.language,
      companyName: deps.companyName,
      kind: 'role',
      capability,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}

function notFound(exchange: Exchange): void {
  exchange.page(
    404,
    '<!doctype html><title>Not found</title><p>Not found. <a href="/console">Console</a></p>',
  );
}
