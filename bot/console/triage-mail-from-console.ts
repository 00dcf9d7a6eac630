import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import { REASON_CODES } from '../../domain/reasons.ts';
import { DISMISS_KINDS } from '../../domain/triage/unmatched-mail.ts';
import { addDebtorContact } from '../../prisma/debtors/add-debtor-contact.ts';
import { dismissUnmatchedMail } from '../../prisma/messages/dismiss-unmatched-mail.ts';
import { announceTriage } from '../decisions/announce-triage.ts';
import { reclassifyMessage } from '../decisions/reclassify-message.ts';
import type { ConsolePost } from './console-deps.ts';

const ZAssign = z.object({
  debtor: z.uuid(),
  reason: z.enum(REASON_CODES),
  contact: z.literal('1').optional(),
});
const ZDismiss = z.object({ kind: z.enum(DISMISS_KINDS), reason: z.string().trim().min(3).max(500) });

/**
 * The triage page's actions on a mail that matched no debtor. Assign: the person's debtor and
 * reason go through reclassifyMessage, the function Slack's triage calls (the mail becomes the
 * debtor's message, the policy proposes from the reason, audited as `message.triaged`), then, if
 * asked, the sender becomes a contact of that debtor (addDebtorContact, as Slack's button).
 * Dismiss: the mail is set aside with a reason (`message.dismissed`). Either happens once: a
 * second click, or a mail already triaged in Slack, changes nothing and says so. Slack's triage
 * message, where there is one, shows the outcome. Role and CSRF token were checked by the router.
 */
export async function triageMailFromConsole({
  deps,
  exchange,
  actor,
  action,
  messageId,
  form,
}: ConsolePost & { action: 'mail-assign' | 'mail-dismiss'; messageId: string }): Promise<void> {
  const back = (query: string) => exchange.redirect(`/console/triage?${query}`);
  const prisma = deps.db.prisma;
  const message = await prisma.message.findUnique({
    where: { id: messageId },
    select: { status: true, direction: true, fromAddress: true },
  });
  if (message?.direction !== 'inbound') return back('notice=gone');
  if (message.status !== 'unmatched') return back('notice=already');

  if (action === 'mail-dismiss') {
    const parsed = ZDismiss.safeParse({ kind: form.get('kind') ?? '', reason: form.get('reason') ?? '' });
    if (!parsed.success) return back('notice=invalid');
    const outcome = await dismissUnmatchedMail({ prisma, messageId, ...parsed.data, actor });
    if (outcome.outcome !== 'dismissed') return back('notice=already');
    const said = `${parsed.data.kind === 'spam' ? 'spam' : 'not ours'} (${parsed.data.reason})`;
    await announceTriage({ db: deps.db, messageId, by: actor, reason: said, why: said, dismissed: true });
    deps.log(`${actor} set mail ${messageId} aside (${parsed.data.kind})`);
    return back(`notice=dismissed&message=${messageId}`);
  }

  const parsed = ZAssign.safeParse({
    debtor: form.get('debtor') ?? '',
    reason: form.get('reason') ?? '',
    contact: form.get('contact') ?? undefined,
  });
  if (!parsed.success) return back('notice=invalid');
  const { debtor: debtorId, reason } = parsed.data;
  let outcome: Awaited<ReturnType<typeof reclassifyMessage>>;
  try {
    outcome = await reclassifyMessage({
      db: deps.db,
      messageId,
      reason,
      debtorId,
      decidedBy: actor,
      policy: deps.policy,
      now: deps.now(),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return back('notice=invalid');
    throw error;
  }
  if (outcome.outcome === 'already_triaged') return back('notice=already');
  if (parsed.data.contact && message.fromAddress) {
    try {
      await addDebtorContact({ prisma, debtorId, email: message.fromAddress, actor, messageId });
    } catch (error) {
      // A sender address that is not one (a bounce's empty sender): the mail is assigned all the same.
      if (!(error instanceof AppError && error.code === 'INPUT_INVALID')) throw error;
    }
  }
  await announceTriage({ db: deps.db, messageId, by: actor, reason, why: outcome.proposal.rationale });
  deps.log(`${actor} assigned mail ${messageId} to debtor ${debtorId} as ${reason}`);
  back(`notice=assigned&message=${messageId}`);
}
