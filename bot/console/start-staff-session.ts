import { createStaffSession } from '../../prisma/staff/create-staff-session.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import { createSecret } from './create-secret.ts';
import { hashSecret } from './hash-secret.ts';
import type { Exchange } from './open-exchange.ts';

/**
 * Signs a member of staff in: a new random session id (never one the browser brought along, so
 * a planted cookie cannot be fixed), its hash stored, the id in an HttpOnly cookie, then to the
 * inbox. The one-off cookies of the sign-in itself are cleared.
 */
export async function startStaffSession({
  deps,
  exchange,
  staff,
  via,
}: {
  deps: ConsoleDeps;
  exchange: Exchange;
  staff: StaffMember;
  via: 'oidc' | 'link';
}): Promise<void> {
  const sessionId = createSecret();
  const now = deps.now();
  await createStaffSession({
    prisma: deps.db.prisma,
    idHash: hashSecret(sessionId),
    staffId: staff.id,
    via,
    now,
    expiresAt: new Date(now.getTime() + deps.config.sessionMs),
  });
  exchange.cookie(exchange.names.session, sessionId, Math.floor(deps.config.sessionMs / 1000));
  exchange.cookie(exchange.names.oidc, '', 0);
  exchange.cookie(exchange.names.form, '', 0);
  deps.log(`console:${staff.email} signed in (${via})`);
  exchange.redirect('/console');
}
