import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseMajorUnits } from '../../domain/money.ts';
import { type DisputeMove, moveDispute } from '../../prisma/disputes/move-dispute.ts';
import { openDisputesForProposal } from '../../prisma/disputes/open-disputes-for-proposal.ts';
import { announceDispute } from '../disputes/announce-dispute.ts';
import type { ConsolePost } from './console-deps.ts';

const ZResolve = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('credited'),
    amount: z.string().trim().min(1).max(20),
    note: z.string().max(1000),
  }),
  z.object({
    outcome: z.literal('corrected'),
    invoiceNumber: z.string().trim().min(1).max(80),
    note: z.string().max(1000),
  }),
  z.object({ outcome: z.literal('rejected'), note: z.string().trim().min(3).max(1000) }),
]);

/** "125,50", "€ 125.50" and "125" as cents; null when it is not an amount. */
function readAmount(text: string): number | null {
  const plain = text.replace(/^€\s*/, '').replace(/\s/g, '');
  const decimal = /^\d+,\d{1,2}$/.test(plain) ? plain.replace(',', '.') : plain;
  try {
    return parseMajorUnits(decimal);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * The sales view's actions, each through the dispute lifecycle Slack's buttons use (moveDispute,
 * openDisputesForProposal) with the console user as actor and owner: take a dispute, take a
 * hand-off (its disputes are opened, then taken), or resolve one: a credit note (lowers what is
 * open; dunning resumes on the rest), a corrected invoice (the disputed one is closed: its dunning
 * ends) or rejected with a reason (the invoice stands: dunning resumes); or escalate it to finance
 * (Slack's Escalate: dunning stays paused, finance's channel is told where Slack runs). Finance
 * takes up an escalated dispute: hands it back to sales (taken again) or settles it with the same
 * three outcomes, only while it is escalated. A second decision finds it moved and changes
 * nothing. The Slack message, where there is one, is updated as Slack's own buttons update it.
 * Role and CSRF token were checked by the router. Answers with a 303 to the sales view, which
 * states what was stored.
 */
export async function settleDisputeFromConsole({
  deps,
  exchange,
  staff,
  actor,
  action,
  id,
  form,
}: ConsolePost & {
  action:
    | 'dispute-take'
    | 'dispute-resolve'
    | 'handoff-take'
    | 'dispute-escalate'
    | 'dispute-hand-back'
    | 'dispute-settle';
  /** The dispute's id (take, resolve) or the hand-off proposal's (handoff-take). */
  id: string;
}): Promise<void> {
  const back = (query: string) => exchange.redirect(`/console/sales?${query}`);
  const now = deps.now();
  const move = async (disputeId: string, change: DisputeMove, from?: readonly 'escalated'[]) => {
    const exists = await deps.db.prisma.dispute.count({ where: { id: disputeId } });
    if (exists === 0) return { outcome: 'gone' as const };
    const outcome = await moveDispute({
      prisma: deps.db.prisma,
      disputeId,
      actor,
      userId: staff.email,
      move: change,
      ...(from ? { from } : {}),
      now,
    });
    if (outcome.outcome === 'moved') {
      await announceDispute({
        db: deps.db,
        disputeId,
        now,
        financeChannel: deps.slackFinanceChannel ?? null,
      });
    }
    return outcome;
  };

  if (action === 'handoff-take') {
    const opened = await openDisputesForProposal({ prisma: deps.db.prisma, proposalId: id, actor, now });
    if (opened.length === 0) return back('notice=already');
    for (const disputeId of opened) await move(disputeId, { to: 'taken' });
    deps.log(`${actor} took hand-off ${id} (${opened.length} dispute(s))`);
    return back(`notice=taken&n=${opened.length}`);
  }
  if (action === 'dispute-take') {
    const outcome = await move(id, { to: 'taken' });
    if (outcome.outcome === 'gone') return back('notice=gone');
    if (outcome.outcome !== 'moved') return back(`notice=already&dispute=${id}`);
    deps.log(`${actor} took dispute ${id}`);
    return back(`notice=taken&n=1&dispute=${id}`);
  }

  if (action === 'dispute-escalate' || action === 'dispute-hand-back') {
    const note = (form.get('note') ?? '').trim().slice(0, 1000);
    const to = action === 'dispute-escalate' ? 'escalated' : 'handed_back';
    const outcome = await move(id, { to, note });
    if (outcome.outcome === 'gone') return back('notice=gone');
    if (outcome.outcome !== 'moved') return back(`notice=already&dispute=${id}`);
    deps.log(`${actor} ${to.replace('_', ' ')} dispute ${id}`);
    return back(`notice=${to}&dispute=${id}`);
  }

  const parsed = ZResolve.safeParse({
    outcome: form.get('outcome') ?? '',
    amount: form.get('amount') ?? '',
    invoiceNumber: form.get('invoiceNumber') ?? '',
    note: (form.get('note') ?? '').trim(),
  });
  if (!parsed.success) return back(`notice=invalid&dispute=${id}`);
  const data = parsed.data;
  let change: DisputeMove;
  if (data.outcome === 'credited') {
    const creditCents = readAmount(data.amount);
    if (creditCents === null) return back(`notice=invalid_amount&dispute=${id}`);
    change = { to: 'credited', creditCents, note: data.note };
  } else if (data.outcome === 'corrected') {
    change = { to: 'corrected', correctedInvoiceNumber: data.invoiceNumber, note: data.note };
  } else change = { to: 'resolved_stands', note: data.note };
  // Finance settles only what sales escalated; what sales holds stays sales'.
  const outcome = await move(id, change, action === 'dispute-settle' ? ['escalated'] : undefined);
  if (outcome.outcome === 'gone') return back('notice=gone');
  if (outcome.outcome === 'invalid') {
    return back(`notice=${data.outcome === 'credited' ? 'invalid_amount' : 'invalid'}&dispute=${id}`);
  }
  if (outcome.outcome === 'unchanged') return back(`notice=already&dispute=${id}`);
  deps.log(`${actor} resolved dispute ${id}: ${change.to}`);
  return back(`notice=resolved&dispute=${id}`);
}
