import { renderDebtorSearch } from '../../channels/web/console/render-debtor-search.ts';
import { searchDebtors } from '../../prisma/debtors/search-debtors.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { readPage } from './read-page.ts';

const PAGE_SIZE = 50;

/** GET /console/debtors?q=&page=: debtors by name, e-mail address, invoice number or reference, 50 a page. */
export async function showDebtorSearch(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const query = (exchange.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const page = readPage(exchange.url);
  // One more than a page: whether there is a next one, without counting them all.
  const found = await searchDebtors({
    prisma: deps.db.prisma,
    query,
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  const matches = found.slice(0, PAGE_SIZE);
  exchange.page(
    200,
    renderDebtorSearch({
      language: exchange.language,
      companyName: deps.companyName,
      query,
      matches,
      page,
      pageSize: PAGE_SIZE,
      hasNext: found.length > PAGE_SIZE,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}
