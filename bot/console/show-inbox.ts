import { type InboxFilters, renderInbox } from '../../channels/web/console/render-inbox.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { countWaitingElsewhere } from '../../prisma/messages/count-waiting-elsewhere.ts';
import { loadOpenProposals } from '../../prisma/proposals/load-open-proposals.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { readPage } from './read-page.ts';

/** Big enough that a ladder run's letters are one group with one "approve all" button. */
const PAGE_SIZE = 250;
const KINDS = new Set(['all', 'ladder', 'plan', 'dispute', 'review', 'other']);
const NOTICES = new Set(['approved', 'rejected', 'already', 'invalid_email', 'opened', 'triaged', 'changed']);

/** The filters from the query string; anything unknown is the default, never an error. */
export function readInboxFilters(url: URL): InboxFilters {
  const kind = url.searchParams.get('kind') ?? 'all';
  const age = url.searchParams.get('age');
  return {
    kind: (KINDS.has(kind) ? kind : 'all') as InboxFilters['kind'],
    olderThanDays: age === '1' ? 1 : age === '3' ? 3 : age === '7' ? 7 : null,
  };
}

/**
 * GET /console: the open proposals. Finance and admin see everything (finance with the buttons);
 * sales sees the dispute hand-offs.
 */
export async function showInbox(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const { staff } = session;
  const seeAll = authorizeStaff({ roles: staff.roles, capability: 'see_all' });
  const items = await loadOpenProposals({
    db: deps.db.sql,
    ...(seeAll ? {} : { actions: ['handoff_to_sales'] }),
  });
  const notices = [...exchange.url.searchParams.entries()]
    .filter(([code]) => NOTICES.has(code))
    .map(([code, count]) => ({
      code,
      count: Math.max(0, Math.min(100_000, Number.parseInt(count, 10) || 0)),
    }));
  exchange.page(
    200,
    renderInbox({
      language: exchange.language,
      companyName: deps.companyName,
      items,
      filters: readInboxFilters(exchange.url),
      canDecide: authorizeStaff({ roles: staff.roles, capability: 'decide' }),
      signedIn: { name: staff.name, email: staff.email, csrf: session.csrf },
      now: deps.now(),
      notices,
      page: readPage(exchange.url),
      pageSize: PAGE_SIZE,
      waitingElsewhere: authorizeStaff({ roles: staff.roles, capability: 'see_triage' })
        ? await countWaitingElsewhere({ prisma: deps.db.prisma })
        : null,
    }),
  );
}
