import type { Database } from '../../prisma/open-database.ts';
import {
  applyReviewedBankTransfer,
  type ReviewedBankTransfer,
} from '../../prisma/payments/apply-reviewed-bank-transfer.ts';

/**
 * Finance's decision on a bank transfer waiting for review, whichever screen it came from
 * (Slack's payment review, the console's): apply it to the invoice they name, in one
 * transaction. A transfer flagged as a likely repeat answers `confirm_duplicate` until the
 * person says to apply it anyway (`applyDuplicate`), which the audit keeps. A refusal changes
 * nothing: an invoice that does not fit (settled, another currency) leaves the transfer waiting.
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
  try {
    return await db.prisma.$transaction(async (tx) => {
      const outcome = await applyReviewedBankTransfer({
        tx,
        providerPaymentId,
        invoiceNumber: invoiceNumber.trim(),
        applyDuplicate,
        actor,
        now,
      });
      // A refusal after the transfer left review (the invoice is settled, another currency): the
      // recording path kept the money with the debtor; rolled back, the transfer waits as it did.
      if (outcome.kind === 'refused') throw new Refused(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

class Refused extends Error {
  constructor(readonly outcome: Extract<ReviewedBankTransfer, { kind: 'refused' }>) {
    super(outcome.why);
  }
}
