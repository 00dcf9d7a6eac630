import type { BankEntry } from '../../domain/bank/bank-statement.ts';
import type { BankEntryKind } from '../../domain/bank/classify-bank-entry.ts';
import type { OpenInvoiceIndex } from '../../domain/bank/index-open-invoices.ts';
import { type Candidate, type MatchRule, matchBankPayment } from '../../domain/bank/match-bank-payment.ts';
import { toMajorUnits } from '../../domain/money.ts';
import type { Prisma } from '../generated/client.ts';
import { recordPaymentInTransaction } from './record-payment-in-transaction.ts';

export interface ImportedBankEntry {
  readonly location: string;
  readonly kind: BankEntryKind;
  readonly direction: 'credit' | 'debit';
  readonly amountCents: number;
  readonly currency: string;
  /** applied, needs_review; null for what is not an incoming payment in euros. */
  readonly outcome: 'applied' | 'needs_review' | null;
  readonly rule: MatchRule | null;
  /** The invoices it paid, with the part each got. */
  readonly invoices: readonly {
    readonly number: string;
    readonly cents: number;
    readonly openCents: number;
  }[];
  readonly reviewReason: string | null;
  readonly candidates: readonly Candidate[];
}

/**
 * One incoming bank transfer in euros, matched (domain/bank/match-bank-payment.ts) and recorded
 * through the one payment path (recordPaymentInTransaction): applied to the invoices it pays, or
 * finance's review with the reason and candidates. A transfer that likely repeats one of another
 * statement goes to review without being matched.
 */
export async function recordBankTransfer({
  tx,
  entry,
  id,
  index,
  debtorsOfIban,
  likelyDuplicateOf,
  now,
}: {
  tx: Prisma.TransactionClient;
  entry: BankEntry;
  id: string;
  index: OpenInvoiceIndex;
  debtorsOfIban: Set<string>;
  /** An entry of another statement with the same content and nothing to tell them apart. */
  likelyDuplicateOf: { statementId: string; sourceFile: string } | null;
  now: Date;
}): Promise<{
  outcome: 'applied' | 'needs_review';
  rule: MatchRule | null;
  debtorId: string | null;
  result: ImportedBankEntry;
}> {
  const match = likelyDuplicate(likelyDuplicateOf) ?? matchBankPayment({ entry, index, debtorsOfIban });
  const payment = (paymentId: string, cents: number, invoiceId: string | null) => ({
    id: paymentId,
    status: 'paid' as const,
    amountCents: cents,
    currency: entry.currency,
    method: 'bank transfer',
    paidAt: new Date(`${entry.bookingDate}T12:00:00Z`),
    checkoutUrl: null,
    metadata: { invoiceId },
  });
  const base = {
    location: entry.location,
    kind: 'payment' as const,
    direction: entry.direction,
    amountCents: entry.amountCents,
    currency: entry.currency,
  };
  if (match.kind === 'review') {
    const reason = `bank transfer ${entry.location} from ${entry.counterpartyName ?? 'an unnamed payer'}${
      entry.counterpartyIban ? ` (${entry.counterpartyIban})` : ''
    } ${match.reason}${describeCandidates(match.candidates)}`;
    await recordPaymentInTransaction({
      tx,
      provider: 'bank',
      payment: payment(id, entry.amountCents, null),
      unmatchedReason: reason,
      now,
    });
    return {
      outcome: 'needs_review',
      rule: null,
      debtorId: null,
      result: {
        ...base,
        outcome: 'needs_review',
        rule: null,
        invoices: [],
        reviewReason: match.reason,
        candidates: match.candidates,
      },
    };
  }
  const invoices: { number: string; cents: number; openCents: number }[] = [];
  const reasons: string[] = [];
  let debtorId: string | null = null;
  for (const allocation of match.allocations) {
    const paymentId = match.allocations.length > 1 ? `${id}#${allocation.number}` : id;
    const recorded = await recordPaymentInTransaction({
      tx,
      provider: 'bank',
      payment: payment(paymentId, allocation.cents, allocation.invoiceId),
      now,
    });
    if (recorded.kind === 'applied') {
      index.lower(allocation.invoiceId, allocation.cents);
      invoices.push({ number: allocation.number, cents: allocation.cents, openCents: recorded.openCents });
      debtorId = allocation.debtorId;
      if (recorded.reviewReason) reasons.push(`invoice ${allocation.number} ${recorded.reviewReason}`);
    } else if (recorded.kind === 'needs_review') {
      reasons.push(`invoice ${allocation.number}: ${recorded.reason}`);
    } else {
      reasons.push(`invoice ${allocation.number}: already recorded as ${paymentId}`);
    }
  }
  const reviewReason = reasons.length ? reasons.join('; ') : null;
  return {
    outcome: reviewReason ? 'needs_review' : 'applied',
    rule: match.rule,
    debtorId,
    result: {
      ...base,
      outcome: reviewReason ? 'needs_review' : 'applied',
      rule: match.rule,
      invoices,
      reviewReason,
      candidates: [],
    },
  };
}

/**
 * Equal content in another statement, and the bank gave no reference to tell: counting it again
 * could take the same money twice, dropping it could lose a second transfer. A person decides.
 */
function likelyDuplicate(
  of: { statementId: string; sourceFile: string } | null,
): { kind: 'review'; reason: string; candidates: Candidate[] } | null {
  if (!of) return null;
  return {
    kind: 'review',
    reason: `is likely already imported: statement ${of.statementId} (${of.sourceFile}) has a transfer with the same account, booking and value date, amount, counterparty and text, and the bank gave no reference that tells them apart. If it is a second transfer, apply it; if not, ignore it`,
    candidates: [],
  };
}

function describeCandidates(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return '.';
  return `. Candidates: ${candidates
    .map((c) => `${c.number} (${c.debtorName}, open ${toMajorUnits(c.openCents)}: ${c.why})`)
    .join('; ')}.`;
}
