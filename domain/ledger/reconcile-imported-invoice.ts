import type { InvoiceStatus } from '../model/invoice.ts';
import { amsterdamDate } from '../model/iso-date.ts';
import { toMajorUnits } from '../money.ts';

/** A payment recorded by the app itself (a provider payment, which also pays plan instalments). */
export interface AppRecordedPayment {
  readonly amountCents: number;
  /** When the app recorded it: what an export's as-of is compared with. */
  readonly recordedAt: Date;
}

export interface ImportedInvoiceDecision {
  readonly openCents: number;
  readonly status: InvoiceStatus;
  /** Was paid, has money open again: the ladder and aging see it from now on. */
  readonly reopened: boolean;
  /** Where the ledger and the app's payments disagree, and which was kept; for the import report. */
  readonly note: string | null;
}

const SETTLED_BY_DECISION: readonly InvoiceStatus[] = ['credited', 'written_off'];

/**
 * What one ledger row does to an invoice we already have. The ledger owns amounts, except where
 * the app knows a later fact: a payment the app recorded after the export was taken is not in the
 * export, so it is taken off the ledger's open amount. Without an as-of we cannot tell which is
 * later, and the safe side is the one that never reminds anyone of money they paid us: the open
 * amount is never raised above what the app's payments left of the invoice amount.
 *
 * Status follows the open amount both ways: nothing open is paid (unless a person credited or
 * wrote it off), money open on a paid invoice reopens it, back to planned or disputed when a plan
 * or dispute still holds.
 */
export function reconcileImportedInvoice({
  invoiceNumber,
  current,
  ledger,
  appPayments,
  asOf,
  heldStatus,
}: {
  invoiceNumber: string;
  current: { readonly status: InvoiceStatus };
  ledger: { readonly amountCents: number; readonly openCents: number };
  appPayments: readonly AppRecordedPayment[];
  /** The moment the export reflects; null when the file does not say. */
  asOf: Date | null;
  /** planned or disputed when an active plan or an open dispute still holds for the invoice. */
  heldStatus: 'planned' | 'disputed' | null;
}): ImportedInvoiceDecision {
  const paid = (payments: readonly AppRecordedPayment[]) =>
    payments.reduce((sum, p) => sum + p.amountCents, 0);
  const leftByApp = Math.max(0, ledger.amountCents - paid(appPayments));
  let openCents = ledger.openCents;
  let note: string | null = null;
  if (appPayments.length > 0 && asOf === null) {
    if (ledger.openCents > leftByApp) {
      openCents = leftByApp;
      note = `invoice ${invoiceNumber}: kept ${describe(appPayments)} (ledger export shows ${toMajorUnits(ledger.openCents)} open, kept ${toMajorUnits(openCents)}); the export has no as-of, so the ledger figure is taken as the older one`;
    }
  } else if (appPayments.length > 0 && asOf !== null) {
    const later = appPayments.filter((p) => p.recordedAt.getTime() > asOf.getTime());
    const earlier = appPayments.filter((p) => p.recordedAt.getTime() <= asOf.getTime());
    openCents = Math.max(0, ledger.openCents - paid(later));
    const asOfText = asOf.toISOString();
    if (later.length > 0) {
      note = `invoice ${invoiceNumber}: kept ${describe(later)} (ledger export shows ${toMajorUnits(ledger.openCents)} open, kept ${toMajorUnits(openCents)}); the ledger figure (as of ${asOfText}) is older`;
    } else if (earlier.length > 0 && ledger.openCents > leftByApp) {
      note = `invoice ${invoiceNumber}: took the ledger's ${toMajorUnits(ledger.openCents)} open over ${describe(earlier)}; the ledger figure (as of ${asOfText}) is newer`;
    }
  }
  const settledByDecision = SETTLED_BY_DECISION.includes(current.status);
  if (openCents === 0) {
    return { openCents, status: settledByDecision ? current.status : 'paid', reopened: false, note };
  }
  if (current.status === 'paid') return { openCents, status: heldStatus ?? 'open', reopened: true, note };
  return { openCents, status: current.status, reopened: false, note };
}

function describe(payments: readonly AppRecordedPayment[]): string {
  const list = payments
    .map((p) => `${toMajorUnits(p.amountCents)} recorded ${amsterdamDate(p.recordedAt)}`)
    .join(', ');
  return `the app's payment${payments.length > 1 ? 's' : ''} of ${list}`;
}
