import type { BankEntry } from '../../domain/bank/bank-statement.ts';
import type { BankEntryKind } from '../../domain/bank/classify-bank-entry.ts';
import type { OpenInvoiceIndex } from '../../domain/bank/index-open-invoices.ts';
import {
  type BankPaymentMatch,
  type Candidate,
  type MatchRule,
  matchBankPayment,
} from '../../domain/bank/match-bank-payment.ts';
import { normalizeReference } from '../../domain/bank/normalize-reference.ts';
import { toMajorUnits } from '../../domain/money.ts';
import type { ProviderPayment } from '../../domain/payments/payment-provider.ts';
import type { Prisma } from '../generated/client.ts';
import { type PaymentToRecord, recordPayments } from './record-payments.ts';

export interface ImportedBankEntry {
  readonly location: string;
  readonly kind: BankEntryKind;
  readonly direction: 'credit' | 'debit';
  readonly amountCents: number;
  readonly currency: string;
  /** applied, needs_review, reversed (a reversal that undid our payments); null for the rest. */
  readonly outcome: 'applied' | 'needs_review' | 'reversed' | null;
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

export interface BankTransferToRecord {
  readonly entry: BankEntry;
  /** <account>:<statement>:<entry reference>: the provider_payment id (with #<invoice> per part). */
  readonly id: string;
  /** An entry of another statement with the same content and nothing to tell them apart. */
  readonly likelyDuplicateOf: { readonly statementId: string; readonly sourceFile: string } | null;
}

export interface RecordedBankTransfer {
  readonly outcome: 'applied' | 'needs_review';
  readonly rule: MatchRule | null;
  readonly debtorId: string | null;
  readonly result: ImportedBankEntry;
}

/**
 * Incoming bank transfers in euros, matched one after the other (domain/bank/match-bank-payment.ts;
 * each sees what the ones before it paid and which accounts they made known) and then recorded
 * together through the one payment path (recordPayments): applied to the invoices they pay, or
 * finance's review with the reason and candidates. A transfer that likely repeats one of another
 * statement goes to review without being matched. `debtorsOfIban` is the caller's cache of known
 * accounts across batches; what it lacks for these transfers is read in one query.
 */
export async function recordBankTransfers({
  tx,
  transfers,
  index,
  debtorsOfIban,
  now,
}: {
  tx: Prisma.TransactionClient;
  transfers: readonly BankTransferToRecord[];
  index: OpenInvoiceIndex;
  debtorsOfIban: Map<string, Set<string>>;
  now: Date;
}): Promise<RecordedBankTransfer[]> {
  await loadKnownAccounts(tx, debtorsOfIban, transfers);
  const planned = transfers.map(({ entry, id, likelyDuplicateOf }) => {
    const known = entry.counterpartyIban ? debtorsOfIban.get(entry.counterpartyIban)! : new Set<string>();
    const match =
      likelyDuplicate(likelyDuplicateOf) ?? matchBankPayment({ entry, index, debtorsOfIban: known });
    const payments = paymentsOf(entry, id, match);
    let madeKnown = false;
    if (match.kind === 'matched') {
      // Matching the next transfer needs what this one will do; recordPayments decides the same
      // from the locked rows unless another writer changed an invoice in between, and then the
      // money still goes only where the locked rows allow.
      const overpaid = match.allocations.some(
        (a) => a.cents > (index.byNumber.get(normalizeReference(a.number))?.openCents ?? 0),
      );
      for (const allocation of match.allocations) index.lower(allocation.invoiceId, allocation.cents);
      const debtorId = match.allocations[0]!.debtorId;
      if (!overpaid && entry.counterpartyIban && !known.has(debtorId)) {
        known.add(debtorId);
        madeKnown = true;
      }
    }
    return { entry, match, payments, madeKnown };
  });
  const recorded = await recordPayments({
    tx,
    provider: 'bank',
    payments: planned.flatMap((p) => p.payments),
    now,
  });
  let next = 0;
  return planned.map(({ entry, match, payments, madeKnown }) => {
    const results = recorded.slice(next, next + payments.length);
    next += payments.length;
    const base = {
      location: entry.location,
      kind: 'payment' as const,
      direction: entry.direction,
      amountCents: entry.amountCents,
      currency: entry.currency,
    };
    if (match.kind === 'review') {
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
    for (const [k, allocation] of match.allocations.entries()) {
      const result = results[k]!;
      if (result.kind === 'applied') {
        invoices.push({ number: allocation.number, cents: allocation.cents, openCents: result.openCents });
        debtorId = allocation.debtorId;
        if (result.reviewReason) reasons.push(`invoice ${allocation.number} ${result.reviewReason}`);
      } else if (result.kind === 'needs_review') {
        reasons.push(`invoice ${allocation.number}: ${result.reason}`);
      } else {
        reasons.push(`invoice ${allocation.number}: already recorded as ${payments[k]!.payment.id}`);
      }
    }
    const reviewReason = reasons.length ? reasons.join('; ') : null;
    if (reviewReason && madeKnown && entry.counterpartyIban) {
      // Predicted applied, recorded otherwise: the account is not known by this transfer after all.
      debtorsOfIban.get(entry.counterpartyIban)?.delete(match.allocations[0]!.debtorId);
    }
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
  });
}

/** The payments a matched or unplaced transfer becomes: one per invoice it pays, or one for review. */
function paymentsOf(entry: BankEntry, id: string, match: BankPaymentMatch): PaymentToRecord[] {
  const payment = (paymentId: string, cents: number, invoiceId: string | null): ProviderPayment => ({
    id: paymentId,
    status: 'paid',
    amountCents: cents,
    currency: entry.currency,
    method: 'bank transfer',
    paidAt: new Date(`${entry.bookingDate}T12:00:00Z`),
    checkoutUrl: null,
    metadata: { invoiceId },
  });
  if (match.kind === 'review') {
    const reason = `bank transfer ${entry.location} from ${entry.counterpartyName ?? 'an unnamed payer'}${
      entry.counterpartyIban ? ` (${entry.counterpartyIban})` : ''
    } ${match.reason}${describeCandidates(match.candidates)}`;
    return [{ payment: payment(id, entry.amountCents, null), unmatchedReason: reason }];
  }
  return match.allocations.map((allocation) => ({
    payment: payment(
      match.allocations.length > 1 ? `${id}#${allocation.number}` : id,
      allocation.cents,
      allocation.invoiceId,
    ),
  }));
}

/** The debtors earlier applied transfers from these accounts went to: how an account becomes known. */
async function loadKnownAccounts(
  tx: Prisma.TransactionClient,
  cache: Map<string, Set<string>>,
  transfers: readonly BankTransferToRecord[],
): Promise<void> {
  const missing = [
    ...new Set(
      transfers.flatMap(({ entry }) => entry.counterpartyIban ?? []).filter((iban) => !cache.has(iban)),
    ),
  ];
  if (missing.length === 0) return;
  for (const iban of missing) cache.set(iban, new Set());
  const rows = await tx.bankEntry.findMany({
    where: { counterpartyIban: { in: missing }, outcome: 'applied', debtorId: { not: null } },
    select: { counterpartyIban: true, debtorId: true },
    distinct: ['counterpartyIban', 'debtorId'],
  });
  for (const row of rows)
    if (row.counterpartyIban && row.debtorId) cache.get(row.counterpartyIban)!.add(row.debtorId);
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
