import { z } from 'zod';
import type { TransferApplyState } from '../../channels/web/console/render-transfer-apply-form.ts';
import { announcePaymentReview } from '../payments/announce-payment-review.ts';
import { decideBankTransferReview } from '../payments/decide-bank-transfer-review.ts';
import type { ConsolePost } from './console-deps.ts';
import { showTriage } from './show-triage.ts';

const ZNumber = z.string().trim().max(100);

/**
 * POST /console/payments/<bank entry>/apply: finance places a bank transfer that waits for review
 * on an invoice, picked from the matcher's candidates or typed, through decideBankTransferReview
 * (Slack's payment review calls the same): the normal recording path lowers the open amount, the
 * payer's account becomes the debtor's, and the audit names `console:<e-mail>`. A likely repeat
 * needs "apply it anyway", as in Slack. Once only: a transfer decided already (here or in Slack)
 * changes nothing and says so; Slack's review message, where one was posted, shows the outcome. An unknown invoice or an amount that does not fit comes back as the
 * triage page (422) with the error beside the field and what was typed. Role and CSRF token were
 * checked by the router.
 */
export async function applyTransferFromConsole({
  deps,
  exchange,
  staff,
  actor,
  csrf,
  entryId,
  form,
}: ConsolePost & { csrf: string; entryId: string }): Promise<void> {
  const prisma = deps.db.prisma;
  const entry = await prisma.bankEntry.findUnique({ where: { id: entryId } });
  if (!entry) return exchange.redirect('/console/triage?notice=gone#payments');
  const transferId = `${entry.account}:${entry.statementId}:${entry.entryRef}`;
  const waiting = await prisma.providerPayment.findUnique({ where: { id: transferId } });
  if (waiting?.outcome !== 'needs_review' || waiting.paymentId || entry.outcome !== 'needs_review') {
    return exchange.redirect('/console/triage?notice=transfer_already#payments');
  }
  const typed = ZNumber.safeParse(form.get('invoice') ?? '').data ?? '';
  const pick = ZNumber.safeParse(form.get('pick') ?? '').data ?? '';
  const anyway = form.get('anyway') === '1';
  const refuse = (error: TransferApplyState['error']) =>
    showTriage(
      deps,
      exchange,
      { staff, csrf },
      {
        status: 422,
        applyState: { entryId, pick, invoice: typed, anyway, error },
      },
    );
  const invoiceNumber = typed || pick;
  if (!invoiceNumber) return refuse({ code: 'missing' });
  const outcome = await decideBankTransferReview({
    db: deps.db,
    providerPaymentId: transferId,
    invoiceNumber,
    applyDuplicate: anyway,
    actor,
    now: deps.now(),
  });
  if (outcome.kind === 'confirm_duplicate') {
    return refuse({ code: 'duplicate', statementId: outcome.statementId, sourceFile: outcome.sourceFile });
  }
  if (outcome.kind === 'refused') {
    // Someone decided it between the check above and the decision: nothing changed, as a second click.
    const now = await prisma.providerPayment.findUnique({ where: { id: transferId } });
    if (now?.outcome !== 'needs_review' || now.paymentId) {
      return exchange.redirect('/console/triage?notice=transfer_already#payments');
    }
    return refuse({ code: 'refused', why: outcome.why });
  }
  await announcePaymentReview({
    db: deps.db,
    providerPaymentId: transferId,
    by: actor,
    invoiceNumber: outcome.invoiceNumber,
    openCents: outcome.openCents,
  });
  deps.log(
    `${actor} applied bank transfer ${transferId} to ${outcome.invoiceNumber}${anyway && entry.duplicateOf ? ' (flagged, applied anyway)' : ''}`,
  );
  exchange.redirect(`/console/triage?notice=applied&entry=${entryId}#payments`);
}
