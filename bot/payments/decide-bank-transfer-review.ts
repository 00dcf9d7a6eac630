import type { Database } from '../../prisma/open-database.ts';
import {
  applyReviewedBankTransfer,
  type ReviewedBankTransfer,
} from '../../prisma/payments/apply-reviewed-bank-transfer.ts';

/**
 * Finance's decision on a bank transfer waiting for review, whichever screen it came from
 * (Slack's payment review, the console's): apply it to the invoice they name, in one
 * transaction. A transfer flagged as a likely repeat answers `confirm_duplicate` until the
 * person says to apply it anyway (`applyDuplicate`), which the audit keeps.
 */
export async function decideBankTransferReview({
  db,
  providerPaymentId,
  invoiceNumber,
  applyDuplicate = false,
  actor,
  now = new Date(),
}: {
  db: Pick<Database, 'prisma'>;
  providerPaymentId: string;
  invoiceNumber: string;
  applyDuplicate?: boolean;
  actor: string;
  now?: Date;
}): Promise<ReviewedBankTransfer> {
  return db.prisma.$transaction((tx) =>
    applyReviewedBankTransfer({
      tx,
      providerPaymentId,
      invoiceNumber: invoiceNumber.trim(),
      applyDuplicate,
      actor,
      now,
    }),
  );
}
