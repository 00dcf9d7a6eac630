import { renderDebtorMessage } from '../../channels/web/console/render-debtor-message.ts';
import { loadDebtorMessage } from '../../prisma/debtors/load-debtor-message.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

/**
 * GET /console/debtors/:id/messages/:messageId: one stored message, whole, as text; 404 when it is
 * not this debtor's. GET /console/triage/:messageId (debtorId null): a mail that matched no debtor.
 */
export async function showDebtorMessage(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
  ids: { debtorId: string | null; messageId: string },
  notFound: () => void,
): Promise<void> {
  const debtor = ids.debtorId
    ? await deps.db.prisma.debtor.findUnique({
        where: { id: ids.debtorId },
        select: { id: true, name: true },
      })
    : null;
  if (ids.debtorId && !debtor) return notFound();
  const message = await loadDebtorMessage({ prisma: deps.db.prisma, sql: deps.db.sql, ...ids });
  if (!message) return notFound();
  exchange.page(
    200,
    renderDebtorMessage({
      language: exchange.language,
      companyName: deps.companyName,
      debtor,
      message,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}
