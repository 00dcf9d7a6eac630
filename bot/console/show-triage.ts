import { z } from 'zod';
import type { TransferApplyState } from '../../channels/web/console/render-transfer-apply-form.ts';
import {
  renderTriagePage,
  type TriageNotice,
  type TriageSearch,
} from '../../channels/web/console/render-triage-page.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { DISMISS_KINDS } from '../../domain/triage/unmatched-mail.ts';
import { findDebtors } from '../../prisma/debtors/find-debtors.ts';
import { loadUnmatchedMail } from '../../prisma/messages/load-unmatched-mail.ts';
import { loadPaymentReviews } from '../../prisma/payments/load-payment-reviews.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

const ZId = z.uuid();

/**
 * GET /console/triage: mail that matched no debtor and payments waiting for review. `?for=<mail>&q=`
 * searches debtors for one mail's assign form (only for whoever may assign: the search shows
 * debtors' names, as Slack's triage picker does for finance). A transfer's apply form that came
 * back with an error is the same page with a 422 and that form's state.
 */
export async function showTriage(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
  refused: { status: 422; applyState: TransferApplyState } | null = null,
): Promise<void> {
  const prisma = deps.db.prisma;
  const canDecide = authorizeStaff({ roles: session.staff.roles, capability: 'decide' });
  const { total, mail } = await loadUnmatchedMail({ prisma });
  const payments = await loadPaymentReviews({ prisma });
  const url = exchange.url;
  const forId = url.searchParams.get('for') ?? '';
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  let search: TriageSearch | null = null;
  if (canDecide && query && mail.some((m) => m.id === forId)) {
    search = { messageId: forId, query, matches: await findDebtors({ prisma, query, limit: 20 }) };
  }
  exchange.page(
    refused?.status ?? 200,
    renderTriagePage({
      language: exchange.language,
      companyName: deps.companyName,
      mail,
      totalMail: total,
      payments,
      search,
      canDecide,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
      notice: refused ? null : await readNotice(deps, url),
      applyState: refused?.applyState ?? null,
    }),
  );
}

/** What the last action stored, read back from the message the query string names. */
async function readNotice(deps: ConsoleDeps, url: URL): Promise<TriageNotice | null> {
  const code = url.searchParams.get('notice');
  if (code === 'already' || code === 'gone' || code === 'invalid' || code === 'transfer_already') {
    return { code };
  }
  if (code === 'applied') return readApplied(deps, url);
  const messageId = ZId.safeParse(url.searchParams.get('message'));
  if (!messageId.success) return null;
  const prisma = deps.db.prisma;
  const message = await prisma.message.findUnique({
    where: { id: messageId.data },
    select: { status: true, fromAddress: true, debtor: { select: { id: true, name: true } } },
  });
  if (code === 'assigned' && message?.debtor) {
    const proposal = await prisma.proposal.findFirst({
      where: { messageId: messageId.data, action: { not: 'human_review' } },
      orderBy: { createdAt: 'desc' },
      select: { action: true },
    });
    const address = message.fromAddress?.trim().toLowerCase() ?? '';
    const contact = address
      ? await prisma.contact.count({ where: { debtorId: message.debtor.id, email: address } })
      : 0;
    return {
      code,
      debtorName: message.debtor.name,
      action: proposal?.action ?? null,
      contact: contact > 0 ? address : null,
    };
  }
  if (code === 'dismissed' && message?.status === 'dismissed') {
    const audit = await prisma.auditEvent.findFirst({
      where: { entityType: 'message', entityId: messageId.data, type: 'message.dismissed' },
      orderBy: { id: 'desc' },
      select: { data: true },
    });
    const said = z.object({ kind: z.enum(DISMISS_KINDS), reason: z.string() }).safeParse(audit?.data);
    return said.success ? { code, kind: said.data.kind, reason: said.data.reason } : null;
  }
  return null;
}

/** A transfer finance applied: the invoice its provider_payment row went to, read back. */
async function readApplied(deps: ConsoleDeps, url: URL): Promise<TriageNotice | null> {
  const entryId = ZId.safeParse(url.searchParams.get('entry'));
  if (!entryId.success) return null;
  const prisma = deps.db.prisma;
  const entry = await prisma.bankEntry.findUnique({ where: { id: entryId.data } });
  if (entry?.matchRule !== 'person') return null;
  const applied = await prisma.providerPayment.findUnique({
    where: { id: `${entry.account}:${entry.statementId}:${entry.entryRef}` },
    select: { invoiceId: true },
  });
  const invoice = applied?.invoiceId
    ? await prisma.invoice.findUnique({
        where: { id: applied.invoiceId },
        select: { number: true, openCents: true },
      })
    : null;
  if (!invoice) return null;
  const left = entry.outcome === 'needs_review' ? entry.reviewReason : null;
  return { code: 'applied', invoiceNumber: invoice.number, openCents: invoice.openCents, left };
}
