import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { REASON_CODES } from '../../domain/reasons.ts';
import { openDisputesForProposal } from '../../prisma/disputes/open-disputes-for-proposal.ts';
import { announceTriage } from '../decisions/announce-triage.ts';
import { reclassifyMessage } from '../decisions/reclassify-message.ts';
import type { ConsolePost } from './console-deps.ts';

const ZReason = z.enum(REASON_CODES);

/**
 * What the inbox takes up that is not an approval (TAKEN_UP_ELSEWHERE), so nothing waits unseen
 * without Slack: a dispute hand-off opened as disputes for sales (openDisputesForProposal, as
 * Slack's dispatch does), and a message triaged with finance's reason (reclassifyMessage, as
 * Slack's triage does; the triage message in Slack shows it). Both happen once: a second click
 * finds it done. Role and CSRF token were checked by the router. Answers with a 303 to the inbox.
 */
export async function takeUpFromConsole({
  deps,
  exchange,
  actor,
  action,
  proposalId,
  form,
}: ConsolePost & {
  action: 'open-dispute' | 'triage';
  proposalId: string;
}): Promise<void> {
  const now = deps.now();
  const proposal = await deps.db.prisma.proposal.findUnique({
    where: { id: proposalId },
    select: { action: true, status: true, messageId: true, debtorId: true },
  });
  if (!proposal) return exchange.redirect('/console');
  if (action === 'open-dispute') {
    if (proposal.action !== 'handoff_to_sales') return exchange.redirect('/console');
    const opened = await openDisputesForProposal({ prisma: deps.db.prisma, proposalId, actor, now });
    if (opened.length === 0) return exchange.redirect('/console?already=1');
    deps.log(`${actor} opened hand-off ${proposalId} as ${opened.length} dispute(s) for sales`);
    return exchange.redirect(`/console?opened=${opened.length}`);
  }
  if (proposal.action !== 'human_review' || !proposal.messageId) return exchange.redirect('/console');
  if (proposal.status !== 'proposed') return exchange.redirect('/console?already=1');
  const reason = ZReason.safeParse(form.get('reason') ?? '');
  if (!reason.success) return exchange.redirect('/console');
  try {
    const outcome = await reclassifyMessage({
      db: deps.db,
      messageId: proposal.messageId,
      reason: reason.data,
      debtorId: proposal.debtorId,
      decidedBy: actor,
      policy: deps.policy,
      now,
    });
    if (outcome.outcome === 'already_triaged') return exchange.redirect('/console?already=1');
    await announceTriage({
      db: deps.db,
      messageId: proposal.messageId,
      by: actor,
      reason: reason.data,
      why: outcome.proposal.rationale,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return exchange.redirect('/console');
    throw error;
  }
  deps.log(`${actor} triaged message ${proposal.messageId} as ${reason.data}`);
  exchange.redirect('/console?triaged=1');
}
