import { z } from 'zod';
import { renderSalesPage, type SalesNotice } from '../../channels/web/console/render-sales-page.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { loadSalesView } from '../../prisma/disputes/load-sales-view.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

const ZId = z.uuid();

/**
 * Who the signed-in person is in the dispute lifecycle: the owner a dispute records (their e-mail
 * from the console, their Slack user id from Slack) and the account owner a debtor names (an
 * e-mail, a name, or a Slack user id, mapped as SLACK_ACCOUNT_OWNERS maps it for Slack).
 */
export function identitiesOf(staff: StaffMember, accountOwners: ReadonlyMap<string, string>): string[] {
  const names = [staff.email.toLowerCase(), staff.name.trim().toLowerCase()].filter(Boolean);
  const slackIds = names.map((name) => accountOwners.get(name)).filter((id): id is string => Boolean(id));
  return [...names, ...slackIds.map((id) => id.toLowerCase())];
}

/** What the last action stored, read from the database for the dispute named in the query string. */
async function readNotice(deps: ConsoleDeps, url: URL): Promise<SalesNotice | null> {
  const code = url.searchParams.get('notice');
  const disputeId = ZId.safeParse(url.searchParams.get('dispute'));
  const dispute = disputeId.success
    ? await deps.db.prisma.dispute.findUnique({ where: { id: disputeId.data }, include: { invoice: true } })
    : null;
  switch (code) {
    case 'taken': {
      const n = Number.parseInt(url.searchParams.get('n') ?? '', 10);
      return { code, count: Number.isFinite(n) && n > 0 && n < 1_000 ? n : 1 };
    }
    case 'already':
      return dispute ? { code, status: dispute.status } : { code: 'already_handoff' };
    case 'gone':
    case 'invalid':
      return { code };
    case 'escalated':
      return dispute?.status === 'escalated' ? { code } : null;
    case 'handed_back':
      return dispute?.status === 'taken' ? { code, owner: dispute.owner ?? '' } : null;
    case 'invalid_amount':
      return dispute ? { code, openCents: dispute.invoice.openCents } : { code: 'invalid' };
    case 'resolved': {
      if (!dispute) return null;
      if (
        dispute.status !== 'credited' &&
        dispute.status !== 'corrected' &&
        dispute.status !== 'resolved_stands'
      ) {
        return null;
      }
      const others = await deps.db.prisma.dispute.count({
        where: {
          invoiceId: dispute.invoiceId,
          id: { not: dispute.id },
          status: { in: ['open', 'taken', 'escalated'] },
        },
      });
      return {
        code,
        status: dispute.status,
        invoiceNumber: dispute.invoice.number,
        creditCents: dispute.creditCents ?? 0,
        openCents: dispute.invoice.openCents,
        correctedInvoiceNumber: dispute.correctedInvoiceNumber,
        note: dispute.resolutionNote,
        stillPaused: others > 0,
      };
    }
    default:
      return null;
  }
}

/** GET /console/sales: the disputes of the signed-in person, those nobody owns, and new hand-offs. */
export async function showSales(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const { staff } = session;
  const view = await loadSalesView({
    prisma: deps.db.prisma,
    identities: identitiesOf(staff, deps.accountOwners ?? new Map()),
  });
  exchange.page(
    200,
    renderSalesPage({
      language: exchange.language,
      companyName: deps.companyName,
      view,
      canResolve: authorizeStaff({ roles: staff.roles, capability: 'resolve_disputes' }),
      canSettleEscalated: authorizeStaff({ roles: staff.roles, capability: 'settle_escalated' }),
      signedIn: { name: staff.name, email: staff.email, csrf: session.csrf },
      notice: await readNotice(deps, exchange.url),
    }),
  );
}
