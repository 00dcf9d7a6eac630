import { renderDebtorMessage } from '../../channels/web/console/render-debtor-message.ts';
import { loadDebtorMessage } from '../../prisma/debtors/load-debtor-message.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

/** GET /console/debtors/:id/messages/:messageId: one stored message, whole, as text; 404 when it is not this debtor's. */
export async function showDebtorMessage(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
  ids: { debtorId: string; messageId: string },
  notFound: () => void,
): Promise<void> {
  const debtor = await deps.db.prisma.debtor.findUnique({
    where: { id: ids.debtorId },
    select: { id: true, name: true },
  });
  const message = debtor && (await loadDebtorMessage({ prisma: deps.db.prisma, sql: deps.db.sql, ...ids }));
  if (!debtor || !message) return notFound();
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
