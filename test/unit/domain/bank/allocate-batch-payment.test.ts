import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOpenInvoices } from '../../../../domain/bank/index-open-invoices.ts';
import { matchBankPayment } from '../../../../domain/bank/match-bank-payment.ts';

const invoicesArb = fc.uniqueArray(
  fc.record({
    n: fc.integer({ min: 1, max: 9999 }),
    openCents: fc.integer({ min: 1, max: 10_000_000 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  { minLength: 1, maxLength: 5, selector: (i) => i.n },
);

describe('a transfer naming several invoices of one debtor (property)', () => {
  it('allocates exactly the amount, oldest due first, in full while it lasts, the rest on the last', () => {
    fc.assert(
      fc.property(invoicesArb, fc.integer({ min: 1, max: 60_000_000 }), (specs, amountCents) => {
        const invoices = specs.map((s) => ({
          id: `id-${s.n}`,
          number: `INV-${s.n}`,
          debtorId: 'd',
          debtorName: 'D',
          currency: 'EUR',
          dueDate: `2026-10-${String(s.day).padStart(2, '0')}`,
          openCents: s.openCents,
        }));
        const result = matchBankPayment({
          entry: {
            location: 'entry 1',
            reference: 'R',
            bankReference: null,
            endToEndId: null,
            valueDate: null,
            bookingDate: '2026-12-01',
            direction: 'credit',
            reversal: false,
            returnCode: null,
            amountCents,
            currency: 'EUR',
            counterpartyIban: null,
            counterpartyName: null,
            structuredReference: null,
            remittance: `betaling ${invoices.map((i) => i.number.toLowerCase().replace('-', ' ')).join(', ')}`,
          },
          index: indexOpenInvoices(invoices),
          debtorsOfIban: new Set(),
        });
        if (result.kind !== 'matched') throw new Error(`not matched: ${JSON.stringify(result)}`);
        const parts = result.allocations;
        expect(parts.reduce((sum, p) => sum + p.cents, 0)).toBe(amountCents);
        const open = (id: string) => invoices.find((i) => i.id === id)!;
        const due = parts.map((p) => open(p.invoiceId).dueDate);
        expect(due).toEqual([...due].sort());
        for (const [k, part] of parts.entries()) {
          expect(part.cents).toBeGreaterThan(0);
          const last = k === parts.length - 1;
          if (!last) expect(part.cents).toBe(open(part.invoiceId).openCents);
        }
        const total = invoices.reduce((sum, i) => sum + i.openCents, 0);
        if (amountCents >= total) expect(parts).toHaveLength(invoices.length);
      }),
    );
  });
});
