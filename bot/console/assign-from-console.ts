import { assignProposal } from '../../prisma/proposals/assign-proposal.ts';
import type { ConsolePost } from './console-deps.ts';

/**
 * POST /console/proposals/:id/assign: `to=me` takes the proposal up for the signed-in member of
 * staff, `to=nobody` gives it back (the inbox's owner filter: mine, unassigned). The role and the
 * CSRF token were checked by the router. Answers with a 303 to the inbox, keeping its filters.
 */
export async function assignFromConsole({
  deps,
  exchange,
  staff,
  actor,
  proposalId,
  form,
}: ConsolePost & { proposalId: string }): Promise<void> {
  const to = form.get('to');
  const back = (code: string) => {
    const query = new URLSearchParams();
    for (const name of ['kind', 'age', 'owner'] as const) {
      const value = form.get(name);
      if (value && /^[a-z0-9]{1,12}$/.test(value)) query.set(name, value);
    }
    query.set(code, '1');
    exchange.redirect(`/console?${query.toString()}`);
  };
  if (to !== 'me' && to !== 'nobody') return back('invalid_assign');
  const outcome = await assignProposal({
    prisma: deps.db.prisma,
    proposalId,
    assignedTo: to === 'me' ? staff.email : null,
    actor,
  });
  if (outcome === 'not_open') return back('already');
  deps.log(`${actor} ${to === 'me' ? 'took' : 'released'} proposal ${proposalId}`);
  back(to === 'me' ? 'taken' : 'released');
}
