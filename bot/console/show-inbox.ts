import { type InboxFilters, renderInbox } from '../../channels/web/console/render-inbox.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { countWaitingElsewhere } from '../../prisma/messages/count-waiting-elsewhere.ts';
import type { OpenProposalFilter } from '../../prisma/proposals/build-open-proposals-where.ts';
import { countOpenProposals } from '../../prisma/proposals/count-open-proposals.ts';
import { type InboxCursor, loadOpenProposals } from '../../prisma/proposals/load-open-proposals.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { readInboxCursor } from './read-inbox-cursor.ts';

/** Big enough that a ladder run's letters are one group with one "approve all" button. */
const PAGE_SIZE = 250;
const DAY_MS = 86_400_000;
const KINDS = new Set(['all', 'ladder', 'plan', 'dispute', 'review', 'other']);
const OWNERS = new Set(['all', 'mine', 'unassigned']);
const NOTICES = new Set([
  'approved',
  'rejected',
  'already',
  'invalid_email',
  'opened',
  'triaged',
  'changed',
  'taken',
  'released',
  'invalid_assign',
]);
/** After every proposal: "before" it is the end of the list. */
const END: InboxCursor = {
  createdAt: new Date('9999-12-31T00:00:00.000Z'),
  id: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
};

/** The filters from the query string; anything unknown is the default, never an error. */
export function readInboxFilters(url: URL): InboxFilters {
  const kind = url.searchParams.get('kind') ?? 'all';
  const age = url.searchParams.get('age');
  const owner = url.searchParams.get('owner') ?? 'all';
  return {
    kind: (KINDS.has(kind) ? kind : 'all') as InboxFilters['kind'],
    olderThanDays: age === '1' ? 1 : age === '3' ? 3 : age === '7' ? 7 : null,
    owner: (OWNERS.has(owner) ? owner : 'all') as InboxFilters['owner'],
  };
}

const cursorOf = (item: { createdAt: Date; id: string }) => `${item.createdAt.toISOString()}_${item.id}`;

/**
 * GET /console: the open proposals, 250 a page. Finance and admin see everything (finance with
 * the buttons); sales sees the dispute hand-offs. Filters (kind, age, owner) and the page are
 * applied in SQL (keyset pagination on created, id: ?after= the last proposal shown, ?before= the
 * first), so a page costs the same with 250 open proposals or 20,000. A cursor past the end shows
 * the last page.
 */
export async function showInbox(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const { staff } = session;
  const url = exchange.url;
  const now = deps.now();
  const filters = readInboxFilters(url);
  const seeAll = authorizeStaff({ roles: staff.roles, capability: 'see_all' });
  const filter: OpenProposalFilter = {
    actions: seeAll ? null : ['handoff_to_sales'],
    kind: filters.kind === 'all' ? null : filters.kind,
    createdBefore:
      filters.olderThanDays === null ? null : new Date(now.getTime() - filters.olderThanDays * DAY_MS),
    owner:
      filters.owner === 'mine'
        ? { assignedTo: staff.email }
        : filters.owner === 'unassigned'
          ? 'unassigned'
          : null,
  };
  const after = readInboxCursor(url.searchParams.get('after'));
  const before = after ? null : readInboxCursor(url.searchParams.get('before'));
  const [page, counts] = await Promise.all([
    loadOpenProposals({ db: deps.db.sql, filter, after, before, limit: PAGE_SIZE }),
    countOpenProposals({ db: deps.db.sql, filter, cursor: after ?? before }),
  ]);
  let items = page;
  let ahead = after ? counts.upTo : before ? counts.before - page.length : 0;
  if (items.length === 0 && counts.total > 0) {
    const start = Math.floor((counts.total - 1) / PAGE_SIZE) * PAGE_SIZE;
    items = await loadOpenProposals({ db: deps.db.sql, filter, before: END, limit: counts.total - start });
    ahead = start;
  }
  const notices = [...url.searchParams.entries()]
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
      total: counts.total,
      filters,
      canDecide: authorizeStaff({ roles: staff.roles, capability: 'decide' }),
      signedIn: { name: staff.name, email: staff.email, csrf: session.csrf },
      now,
      notices,
      pager: {
        page: Math.floor(ahead / PAGE_SIZE) + 1,
        previous: ahead === 0 ? null : ahead <= PAGE_SIZE ? {} : { before: cursorOf(items[0]!) },
        next: ahead + items.length < counts.total ? { after: cursorOf(items.at(-1)!) } : null,
      },
      waitingElsewhere: authorizeStaff({ roles: staff.roles, capability: 'see_triage' })
        ? await countWaitingElsewhere({ prisma: deps.db.prisma })
        : null,
    }),
  );
}
