import type { BankEntry } from './bank-statement.ts';
import { compareNames } from './compare-names.ts';
import { findInvoiceNumbers } from './find-invoice-numbers.ts';
import type { OpenInvoice, OpenInvoiceIndex } from './index-open-invoices.ts';
import { normalizeReference } from './normalize-reference.ts';

export type MatchRule = 'structured_reference' | 'invoice_number' | 'known_iban';

export interface Allocation {
  readonly invoiceId: string;
  readonly number: string;
  readonly debtorId: string;
  /** What this part of the transfer pays; on the last invoice it includes any overpayment. */
  readonly cents: number;
}

export interface Candidate {
  readonly invoiceId: string;
  readonly number: string;
  readonly debtorName: string;
  readonly openCents: number;
  /** Why it is suggested, for the person who decides. */
  readonly why: string;
}

export type BankPaymentMatch =
  | { readonly kind: 'matched'; readonly rule: MatchRule; readonly allocations: readonly Allocation[] }
  | { readonly kind: 'review'; readonly reason: string; readonly candidates: readonly Candidate[] };

/** A name this alike (see compareNames) makes an invoice of the same amount a suggestion. */
const NAME_SUGGESTS = 0.5;
const MAX_CANDIDATES = 5;

/**
 * Which open invoices an incoming euro transfer pays, most certain rule first:
 * 1. the structured reference we issued (the invoice number: our letters and payment page ask
 *    to transfer "onder vermelding van factuur <number>");
 * 2. invoice numbers in the remittance text; several in one transfer are paid oldest first;
 * 3. an account we saw this debtor pay from before, with exactly one open invoice of the amount.
 * Anything else, or anything that contradicts itself (invoices of two debtors in one transfer, an
 * account we know as another debtor's, a named invoice with nothing open), is a review with the
 * candidates a person would look at first; amount and name similarity only ever suggest.
 */
export function matchBankPayment({
  entry,
  index,
  debtorsOfIban,
}: {
  entry: BankEntry;
  index: OpenInvoiceIndex;
  /** The debtors earlier transfers from this account were applied to (empty when unknown). */
  debtorsOfIban: ReadonlySet<string>;
}): BankPaymentMatch {
  const structured = entry.structuredReference
    ? index.byNumber.get(normalizeReference(entry.structuredReference))
    : undefined;
  const named = structured
    ? [structured]
    : findInvoiceNumbers({ text: `${entry.structuredReference ?? ''} ${entry.remittance}`, index });
  if (named.length > 0) {
    const rule: MatchRule = structured ? 'structured_reference' : 'invoice_number';
    const open = named.filter((invoice) => invoice.openCents > 0 && invoice.currency === entry.currency);
    const numbers = (list: readonly OpenInvoice[]) => list.map((invoice) => invoice.number).join(', ');
    if (open.length === 0) {
      return review(
        `names invoice ${numbers(named)}, which has nothing open in ${entry.currency}`,
        entry,
        index,
        named,
      );
    }
    const debtors = new Set(open.map((invoice) => invoice.debtorId));
    if (debtors.size > 1) {
      return review(
        `names invoices of ${debtors.size} different debtors (${numbers(open)})`,
        entry,
        index,
        open,
      );
    }
    const [debtorId] = debtors;
    if (debtorsOfIban.size > 0 && !debtorsOfIban.has(debtorId!)) {
      return review(
        `names invoice ${numbers(open)}, but was paid from an account we know as another debtor's`,
        entry,
        index,
        open,
      );
    }
    // Settled invoices it names as well are left out: what is paid beyond the open ones stays on
    // the last as an overpayment, which a person sees.
    return { kind: 'matched', rule, allocations: allocateOldestFirst(entry.amountCents, open) };
  }
  if (entry.counterpartyIban && debtorsOfIban.size > 0) {
    const exact = [...debtorsOfIban]
      .flatMap((debtorId) => index.ofDebtor(debtorId))
      .filter((invoice) => invoice.openCents === entry.amountCents && invoice.currency === entry.currency);
    if (exact.length === 1) {
      const [invoice] = exact as [OpenInvoice];
      return {
        kind: 'matched',
        rule: 'known_iban',
        allocations: [
          {
            invoiceId: invoice.id,
            number: invoice.number,
            debtorId: invoice.debtorId,
            cents: entry.amountCents,
          },
        ],
      };
    }
    if (exact.length > 1) {
      return review(
        `paid from a known account, but ${exact.length} open invoices of that debtor are for this amount`,
        entry,
        index,
        exact,
      );
    }
    return review(
      'paid from a known account, but names no invoice and no open invoice is for this amount',
      entry,
      index,
      [...debtorsOfIban].flatMap((debtorId) => index.ofDebtor(debtorId)),
    );
  }
  return review('names no invoice of ours and comes from an account we do not know', entry, index, []);
}

/**
 * Pays the invoices oldest due first; the amount runs out on a partly paid one, or what is left
 * after all of them stays on the last one as an overpayment for a person to decide.
 */
function allocateOldestFirst(amountCents: number, invoices: readonly OpenInvoice[]): Allocation[] {
  const ordered = [...invoices].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number),
  );
  const allocations: Allocation[] = [];
  let left = amountCents;
  for (const [i, invoice] of ordered.entries()) {
    if (left <= 0) break;
    const last = i === ordered.length - 1;
    const cents = last ? left : Math.min(left, invoice.openCents);
    allocations.push({ invoiceId: invoice.id, number: invoice.number, debtorId: invoice.debtorId, cents });
    left -= cents;
  }
  return allocations;
}

function review(
  reason: string,
  entry: BankEntry,
  index: OpenInvoiceIndex,
  named: readonly OpenInvoice[],
): BankPaymentMatch {
  const candidates = new Map<string, Candidate>();
  const add = (invoice: OpenInvoice, why: string) => {
    if (!candidates.has(invoice.id) && candidates.size < MAX_CANDIDATES) {
      candidates.set(invoice.id, {
        invoiceId: invoice.id,
        number: invoice.number,
        debtorName: invoice.debtorName,
        openCents: invoice.openCents,
        why,
      });
    }
  };
  for (const invoice of named) add(invoice, 'named in the transfer');
  const sameAmount = index
    .byAmount(entry.amountCents)
    .filter((invoice) => invoice.currency === entry.currency)
    .map((invoice) => ({
      invoice,
      likeness: entry.counterpartyName ? compareNames(entry.counterpartyName, invoice.debtorName) : 0,
    }))
    .filter((scored) => scored.likeness >= NAME_SUGGESTS)
    .sort((a, b) => b.likeness - a.likeness || a.invoice.dueDate.localeCompare(b.invoice.dueDate));
  for (const { invoice, likeness } of sameAmount) {
    add(invoice, `same open amount, name ${Math.round(likeness * 100)}% alike`);
  }
  return { kind: 'review', reason, candidates: [...candidates.values()] };
}
