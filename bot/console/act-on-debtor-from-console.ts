import { z } from 'zod';
import { LANGUAGES } from '../../domain/reasons.ts';
import { openDisputesForProposal } from '../../prisma/disputes/open-disputes-for-proposal.ts';
import { proposeStaffAction, type StaffAction } from '../../prisma/proposals/propose-staff-action.ts';
import { decideInConsole } from '../decisions/decide-in-console.ts';
import type { DebtorFormPost } from './console-deps.ts';

const ZAction = z.enum(['resend_invoice', 'send_payment_link', 'handoff_to_sales']);

/**
 * POST /console/debtors/:id/act: the debtor page's buttons, each through the use case that
 * already does it. Resend the invoice and send a payment link are proposals of those kinds,
 * stored for the debtor's open invoices with the console user as actor and approved at once
 * through the one decision path (decideInConsole: executed once, the notice to the debtor
 * queued for the notices worker). Hand to sales is a hand-off proposal opened as disputes
 * (openDisputesForProposal, as Slack's dispatch does). Role, CSRF token and debtor were checked by
 * the router. Answers with a 303 to the debtor page, which says what was stored.
 */
export async function actOnDebtorFromConsole({
  deps,
  exchange,
  staff,
  actor,
  debtor,
  form,
  page,
}: DebtorFormPost): Promise<void> {
  const debtorId = debtor.id;
  const action = ZAction.safeParse(form.get('do') ?? '');
  if (!action.success) return exchange.redirect(`${page}?notice=invalid_action`);
  // A payment link and a hand-off concern what is simply open; a copy may be of any open invoice.
  const invoices = await deps.db.prisma.invoice.findMany({
    where: {
      debtorId,
      openCents: { gt: 0 },
      status: action.data === 'resend_invoice' ? { in: ['open', 'disputed', 'planned'] } : 'open',
    },
    select: { id: true, openCents: true },
    orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
  });
  if (invoices.length === 0) return exchange.redirect(`${page}?notice=nothing_to_act_on&do=${action.data}`);
  const invoiceIds = invoices.map((invoice) => invoice.id);
  const replyLanguage = (LANGUAGES as readonly string[]).includes(debtor.language)
    ? (debtor.language as (typeof LANGUAGES)[number])
    : null;
  const rationale = `Asked for on the debtor's page in the console by ${staff.email}.`;
  const kind: StaffAction = action.data;
  // A hand-off is taken up by sales, never approved (TAKEN_UP_ELSEWHERE): opened at once below.
  const base = { rationale, requiresApproval: kind !== 'handoff_to_sales', pause: null } as const;
  const proposal =
    kind === 'send_payment_link'
      ? {
          ...base,
          action: kind,
          params: {
            invoiceIds,
            replyLanguage,
            amountCents: invoices.reduce((sum, i) => sum + i.openCents, 0),
          },
        }
      : kind === 'resend_invoice'
        ? { ...base, action: kind, params: { invoiceIds, replyLanguage } }
        : { ...base, action: kind, params: { invoiceIds, replyLanguage, accountOwner: debtor.accountOwner } };
  const now = deps.now();
  const stored = await proposeStaffAction({
    prisma: deps.db.prisma,
    debtorId,
    proposal,
    invoiceIds,
    actor,
    now,
  });
  const done = `${page}?done=${kind}&proposal=${stored.proposalId}`;
  if (!stored.created) return exchange.redirect(`${done}&again=1`);
  if (kind === 'handoff_to_sales') {
    await openDisputesForProposal({ prisma: deps.db.prisma, proposalId: stored.proposalId, actor, now });
  } else {
    await decideInConsole({
      deps,
      proposalId: stored.proposalId,
      email: staff.email,
      decision: { kind: 'approve', schedule: null, changed: false },
    });
  }
  deps.log(`${actor} asked ${kind} for debtor ${debtorId} (proposal ${stored.proposalId})`);
  exchange.redirect(done);
}
