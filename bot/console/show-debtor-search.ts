import { renderDebtorSearch } from '../../channels/web/console/render-debtor-search.ts';
import { searchDebtors } from '../../prisma/debtors/search-debtors.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

/** GET /console/debtors?q=: debtors by name, e-mail address, invoice number or reference. */
export async function showDebtorSearch(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const query = (exchange.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const matches = await searchDebtors({ prisma: deps.db.prisma, query });
  exchange.page(
    200,
    renderDebtorSearch({
      language: exchange.language,
      companyName: deps.companyName,
      query,
      matches,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}
