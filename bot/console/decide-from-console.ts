import { z } from 'zod';
import { renderFormRefusalPage } from '../../channels/web/console/render-form-refusal-page.ts';
import { inboxKindOf } from '../../domain/proposals/inbox-kind-of.ts';
import { TAKEN_UP_ELSEWHERE } from '../../domain/proposals/taken-up-elsewhere.ts';
import type { ProposalDecision } from '../../prisma/proposals/decide-proposal.ts';
import { loadProposalKinds } from '../../prisma/proposals/load-proposal-kinds.ts';
import { checkPlanChange } from '../decisions/check-plan-change.ts';
import { decideInConsole } from '../decisions/decide-in-console.ts';
import type { ConsoleActionName } from './console-action-routes.ts';
import type { ConsolePost } from './console-deps.ts';

const ZIds = z.array(z.uuid()).min(1).max(5_000);
const ZPlanChange = z.object({
  count: z.coerce.number().int().min(1).max(60),
  period: z.enum(['month', 'week']),
  start: z.iso.date(),
  down: z.string().trim().max(20),
});
const ZContactEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());

/**
 * The console's decisions, each through the one decision path (decideInConsole): approve or
 * reject one proposal, approve a payment plan as changed (checked as Slack's Change form checks
 * it: checkPlanChange), or approve every letter of a ladder step at once. The role and the CSRF
 * token were checked by the router. Answers with a 303 to the inbox that says what happened.
 */
export async function decideFromConsole({
  deps,
  exchange,
  staff,
  actor,
  csrf,
  action,
  proposalId,
  form,
}: ConsolePost & {
  /** The session's token, for the page's sign-out form. */
  csrf: string;
  action: Extract<ConsoleActionName, 'approve' | 'reject' | 'approve-all' | 'change'>;
  /** From the path, for approve and reject. */
  proposalId: string | null;
}): Promise<void> {
  const back = (counts: Record<string, number>) => {
    const query = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([code, n]) => `${code}=${n}`);
    exchange.redirect(`/console${query.length ? `?${query.join('&')}` : ''}`);
  };
  // Nothing was stored: the page says why, and the back button keeps what was typed.
  const refusePlan = (message: string) =>
    exchange.page(
      422,
      renderFormRefusalPage({
        language: exchange.language,
        companyName: deps.companyName,
        message,
        back: `/console#p-${proposalId}`,
        signedIn: { name: staff.name, email: staff.email, csrf },
      }),
    );
  const decide = (id: string, decision: ProposalDecision) =>
    decideInConsole({ deps, proposalId: id, email: staff.email, decision });

  if (action === 'approve-all') {
    const ids = ZIds.safeParse(form.getAll('id'));
    if (!ids.success) return back({});
    const kinds = await loadProposalKinds({ prisma: deps.db.prisma, ids: ids.data });
    // Only ladder letters are approved in bulk; anything else in the form is left for one-by-one.
    const letters = [...new Set(ids.data)].filter((id) => {
      const kind = kinds.get(id);
      return kind !== undefined && inboxKindOf({ action: kind.action, stepCode: kind.stepCode }) === 'ladder';
    });
    let approved = 0;
    let already = 0;
    for (const id of letters) {
      const outcome = await decide(id, { kind: 'approve', schedule: null, changed: false });
      if (outcome.outcome === 'decided') approved++;
      else already++;
    }
    deps.log(`${actor} approved ${approved} ladder letter(s) in bulk (${already} already decided)`);
    return back({ approved, already });
  }

  const id = proposalId!;
  const kind = (await loadProposalKinds({ prisma: deps.db.prisma, ids: [id] })).get(id);
  if (!kind) return back({});
  // Dispute hand-offs and messages to triage are taken up by someone else, not decided here.
  if ((TAKEN_UP_ELSEWHERE as readonly string[]).includes(kind.action)) return back({});
  let decision: ProposalDecision;
  if (action === 'change') {
    const plan = ZPlanChange.safeParse({
      count: form.get('count') ?? '',
      period: form.get('period') ?? '',
      start: form.get('start') ?? '',
      down: form.get('down') ?? '',
    });
    if (!plan.success)
      return refusePlan('Fill in the number of instalments (1 to 60), the period and the first date.');
    const checked = await checkPlanChange({
      db: deps.db,
      policy: deps.policy,
      now: deps.now(),
      proposalId: id,
      count: plan.data.count,
      period: plan.data.period,
      startDate: plan.data.start,
      downPayment: plan.data.down,
    });
    if (!checked.ok) return refusePlan(checked.message);
    decision = { kind: 'approve', schedule: checked.schedule, changed: true };
    const outcome = await decide(id, decision);
    if (outcome.outcome === 'already_decided') return back({ already: 1 });
    return back({ changed: 1 });
  }
  if (action === 'reject') decision = { kind: 'reject', note: null };
  else if (kind.action === 'update_contact') {
    const contactEmail = ZContactEmail.safeParse(form.get('contactEmail') ?? '');
    if (!contactEmail.success) return back({ invalid_email: 1 });
    decision = {
      kind: 'approve',
      schedule: null,
      changed: false,
      input: { contactEmail: contactEmail.data },
    };
  } else decision = { kind: 'approve', schedule: null, changed: false };
  const outcome = await decide(id, decision);
  if (outcome.outcome === 'already_decided') return back({ already: 1 });
  return back(action === 'reject' ? { rejected: 1 } : { approved: 1 });
}
