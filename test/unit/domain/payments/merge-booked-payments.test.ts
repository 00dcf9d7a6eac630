import { describe, expect, it } from 'vitest';
import {
  type ListedPayment,
  mergeBookedPayments,
} from '../../../../domain/payments/merge-booked-payments.ts';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const pay = (
  source: string,
  amountCents: number,
  day: string,
  invoiceNumber: string | null = 'F-1',
): ListedPayment => ({
  source,
  amountCents,
  at: at(day),
  invoiceNumber,
});
const shown = (payments: ListedPayment[]) =>
  mergeBookedPayments({ payments }).map(
    (p) =>
      `${p.source} ${p.amountCents} ${p.invoiceNumber}${p.alsoBookedIn.length ? ` +${p.alsoBookedIn.join(',')}` : ''}`,
  );

describe('mergeBookedPayments: a payment the package booked for money we recorded is shown once', () => {
  it.each([
    {
      why: 'the bookkeeper books the Mollie payment three days later',
      payments: [pay('mollie', 12_100, '2026-12-01'), pay('ledger:moneybird', 12_100, '2026-12-04')],
      expected: ['mollie 12100 F-1 +moneybird'],
    },
    {
      why: 'another amount is another payment',
      payments: [pay('mollie', 12_100, '2026-12-01'), pay('ledger:moneybird', 5_000, '2026-12-04')],
      expected: ['mollie 12100 F-1', 'ledger:moneybird 5000 F-1'],
    },
    {
      why: 'another invoice is another payment',
      payments: [pay('bank', 12_100, '2026-12-01'), pay('ledger:exact-online', 12_100, '2026-12-02', 'F-2')],
      expected: ['bank 12100 F-1', 'ledger:exact-online 12100 F-2'],
    },
    {
      why: 'booked a month later is not the same payment',
      payments: [pay('mollie', 12_100, '2026-11-01'), pay('ledger:moneybird', 12_100, '2026-12-04')],
      expected: ['mollie 12100 F-1', 'ledger:moneybird 12100 F-1'],
    },
    {
      why: 'two equal instalments, two bookings: each of ours answers for one, nearest first',
      payments: [
        pay('mollie', 5_000, '2026-11-01'),
        pay('mollie', 5_000, '2026-12-01'),
        pay('ledger:moneybird', 5_000, '2026-12-02'),
        pay('ledger:moneybird', 5_000, '2026-11-03'),
      ],
      expected: ['mollie 5000 F-1 +moneybird', 'mollie 5000 F-1 +moneybird'],
    },
    {
      why: 'two bookings of one payment of ours: the second stays (the package knows money we do not)',
      payments: [
        pay('mollie', 5_000, '2026-12-01'),
        pay('ledger:moneybird', 5_000, '2026-12-02'),
        pay('ledger:moneybird', 5_000, '2026-12-03'),
      ],
      expected: ['mollie 5000 F-1 +moneybird', 'ledger:moneybird 5000 F-1'],
    },
    {
      why: 'a reversal of ours (negative) is no twin of a booking',
      payments: [pay('bank', -5_000, '2026-12-01'), pay('ledger:moneybird', 5_000, '2026-12-01')],
      expected: ['bank -5000 F-1', 'ledger:moneybird 5000 F-1'],
    },
  ])('$why', ({ payments, expected }) => {
    expect(shown(payments)).toEqual(expected);
  });
});
