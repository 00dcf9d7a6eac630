import { loadStaffSession } from '../../prisma/staff/load-staff-session.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import { deriveCsrfToken } from './derive-csrf-token.ts';
import { hashSecret } from './hash-secret.ts';
import type { Exchange } from './open-exchange.ts';

export type ConsoleSession =
  | {
      readonly kind: 'active';
      readonly staff: StaffMember;
      /** The cookie's secret id (the CSRF token derives from it). */
      readonly sessionId: string;
      readonly csrf: string;
    }
  | { readonly kind: 'expired' }
  | { readonly kind: 'none' };

/** The signed-in member of staff behind the request's session cookie, if the session still holds. */
export async function resolveConsoleSession(deps: ConsoleDeps, exchange: Exchange): Promise<ConsoleSession> {
  const sessionId = exchange.cookies.get(exchange.names.session);
  if (!sessionId || sessionId.length > 100) return { kind: 'none' };
  const found = await loadStaffSession({
    prisma: deps.db.prisma,
    idHash: hashSecret(sessionId),
    now: deps.now(),
    idleMs: deps.config.idleMs,
  });
  if (found.kind !== 'active') {
    exchange.cookie(exchange.names.session, '', 0);
    return found;
  }
  return { kind: 'active', staff: found.staff, sessionId, csrf: deriveCsrfToken(sessionId) };
}
