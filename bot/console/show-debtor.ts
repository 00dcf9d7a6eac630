import type { ContactFormState } from '../../channels/web/console/render-debtor-contacts.ts';
import type { DebtorPageNotice } from '../../channels/web/console/render-debtor-page.ts';
import { renderDebtorPage } from '../../channels/web/console/render-debtor-page.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { loadDebtorPage } from '../../prisma/debtors/load-debtor-page.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

const ACTIONS = new Set(['resend_invoice', 'send_payment_link', 'handoff_to_sales']);
const CONTACT_OUTCOMES = new Set(['added', 'changed', 'unchanged', 'deactivated', 'reactivated']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a button stored, read back from the database: the proposal's status, and a hand-off's disputes. */
async function readActed(deps: ConsoleDeps, url: URL, debtorId: string): Promise<DebtorPageNotice | null> {
  const action = url.searchParams.get('done') ?? '';
  const proposalId = url.searchParams.get('proposal') ?? '';
  if (!ACTIONS.has(action) || !UUID.test(proposalId)) return null;
  const proposal = await deps.db.prisma.proposal.findFirst({
    where: { id: proposalId, debtorId, action },
    select: { status: true, messageId: true },
  });
  if (!proposal) return null;
  const disputes =
    action === 'handoff_to_sales'
      ? await deps.db.prisma.auditEvent.count({
          where: { type: 'dispute.opened', data: { path: ['proposalId'], equals: proposalId } },
        })
      : 0;
  return { code: 'acted', action, status: proposal.status, disputes, again: url.searchParams.has('again') };
}

/** The outcome of the last pause, from the query string: known codes and a well-formed day only. */
function readNotice(url: URL): DebtorPageNotice | null {
  const paused = url.searchParams.get('paused');
  const until = url.searchParams.get('until') ?? '';
  if (paused && /^\d{1,4}$/.test(paused) && /^\d{4}-\d{2}-\d{2}$/.test(until)) {
    return { code: 'paused', count: Number(paused), until };
  }
  const contact = url.searchParams.get('contact') ?? '';
  if (CONTACT_OUTCOMES.has(contact)) return { code: 'contact', outcome: contact };
  const notice = url.searchParams.get('notice');
  if (notice === 'nothing_to_pause' || notice === 'invalid_pause' || notice === 'invalid_action') {
    return { code: notice };
  }
  const action = url.searchParams.get('do') ?? '';
  if (notice === 'nothing_to_act_on' && ACTIONS.has(action)) return { code: notice, action };
  return null;
}

/**
 * GET /console/debtors/:id: the debtor's account and timeline; 404 for an unknown debtor. Also
 * answers a contact form with mistakes (`sent`: 422 and the form as typed).
 */
export async function showDebtor(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
  debtorId: string,
  notFound: () => void,
  sent: { status: number; contactForm: ContactFormState } | null = null,
): Promise<void> {
  const page = await loadDebtorPage({ prisma: deps.db.prisma, debtorId, today: amsterdamDate(deps.now()) });
  if (!page) return notFound();
  exchange.page(
    sent?.status ?? 200,
    renderDebtorPage({
      language: exchange.language,
      companyName: deps.companyName,
      page,
      canPause: authorizeStaff({ roles: session.staff.roles, capability: 'pause_dunning' }),
      canAct: authorizeStaff({ roles: session.staff.roles, capability: 'decide' }),
      canManageContacts: authorizeStaff({ roles: session.staff.roles, capability: 'manage_contacts' }),
      contactForm: sent?.contactForm ?? null,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
      notice: sent ? null : ((await readActed(deps, exchange.url, debtorId)) ?? readNotice(exchange.url)),
    }),
  );
}
