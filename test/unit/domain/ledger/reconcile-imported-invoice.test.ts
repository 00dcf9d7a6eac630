import { describe, expect, it } from 'vitest';
import { reconcileImportedInvoice } from '../../../../domain/ledger/reconcile-imported-invoice.ts';
import type { InvoiceStatus } from '../../../../domain/model/invoice.ts';

const at = (iso: string) => new Date(iso);
const paid = (cents: number, recorded: string) => ({ amountCents: cents, recordedAt: at(recorded) });

describe('reconcileImportedInvoice', () => {
  it.each([
    // [what, status, ledger open, app payments, as-of, held, → open, status, reopened]
    ['no app payments: the ledger', 'open', 4_000, [], null, null, 4_000, 'open', false],
    ['nothing open: paid', 'open', 0, [], null, null, 0, 'paid', false],
    ['nothing open on a disputed invoice: paid', 'disputed', 0, [], null, null, 0, 'paid', false],
    ['credited stays credited', 'credited', 0, [], null, null, 0, 'credited', false],
    ['written off stays written off', 'written_off', 0, [], null, null, 0, 'written_off', false],
    ['paid, money open again: open', 'paid', 10_000, [], null, null, 10_000, 'open', true],
    ['paid, open again, plan holds', 'paid', 10_000, [], null, 'planned', 10_000, 'planned', true],
    ['paid, open again, dispute holds', 'paid', 10_000, [], null, 'disputed', 10_000, 'disputed', true],
    [
      'no as-of: never above what the app left',
      'paid',
      10_000,
      [paid(10_000, '2026-11-27T10:00:00Z')],
      null,
      null,
      0,
      'paid',
      false,
    ],
    [
      'no as-of: part payments count together',
      'open',
      10_000,
      [paid(3_000, '2026-11-20T10:00:00Z'), paid(2_000, '2026-11-27T10:00:00Z')],
      null,
      null,
      5_000,
      'open',
      false,
    ],
    [
      'no as-of: a lower ledger figure is taken',
      'open',
      1_000,
      [paid(3_000, '2026-11-20T10:00:00Z')],
      null,
      null,
      1_000,
      'open',
      false,
    ],
    [
      'no as-of: an overpayment leaves nothing, never less',
      'paid',
      10_000,
      [paid(12_000, '2026-11-20T10:00:00Z')],
      null,
      null,
      0,
      'paid',
      false,
    ],
    [
      'as-of before the payment: taken off the ledger figure',
      'open',
      7_000,
      [paid(3_000, '2026-11-20T10:00:00Z'), paid(2_000, '2026-11-27T10:00:00Z')],
      at('2026-11-25T00:00:00Z'),
      null,
      5_000,
      'open',
      false,
    ],
    [
      'as-of after the payment: the ledger stands, also upwards',
      'paid',
      10_000,
      [paid(10_000, '2026-11-20T10:00:00Z')],
      at('2026-11-25T00:00:00Z'),
      null,
      10_000,
      'open',
      true,
    ],
  ] as const)('%s', (_what, status, ledgerOpen, payments, asOf, held, open, nextStatus, reopened) => {
    const decision = reconcileImportedInvoice({
      invoiceNumber: 'F-1',
      current: { status: status as InvoiceStatus },
      ledger: { amountCents: 10_000, openCents: ledgerOpen },
      appPayments: payments,
      asOf,
      heldStatus: held,
    });
    expect([decision.openCents, decision.status, decision.reopened]).toEqual([open, nextStatus, reopened]);
  });

  it('says which figure was kept, and why', () => {
    const base = {
      invoiceNumber: '2026-0042',
      current: { status: 'paid' as const },
      ledger: { amountCents: 10_000, openCents: 10_000 },
      appPayments: [paid(10_000, '2026-11-27T10:00:00Z')],
      heldStatus: null,
    };
    expect(reconcileImportedInvoice({ ...base, asOf: at('2026-11-26T23:00:00Z') }).note).toBe(
      "invoice 2026-0042: kept the app's payment of 100.00 recorded 2026-11-27 (ledger export shows 100.00 open, kept 0.00); the ledger figure (as of 2026-11-26T23:00:00.000Z) is older",
    );
    expect(reconcileImportedInvoice({ ...base, asOf: null }).note).toContain('the export has no as-of');
    expect(reconcileImportedInvoice({ ...base, asOf: at('2026-11-28T00:00:00Z') }).note).toBe(
      "invoice 2026-0042: took the ledger's 100.00 open over the app's payment of 100.00 recorded 2026-11-27; the ledger figure (as of 2026-11-28T00:00:00.000Z) is newer",
    );
    // Agreement is not reported.
    expect(
      reconcileImportedInvoice({ ...base, ledger: { amountCents: 10_000, openCents: 0 }, asOf: null }).note,
    ).toBeNull();
  });
});
