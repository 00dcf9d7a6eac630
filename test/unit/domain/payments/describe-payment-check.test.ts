import { describe, expect, it } from 'vitest';
import {
  describePaymentCheck,
  type PaymentCheckSearch,
} from '../../../../domain/payments/describe-payment-check.ts';

const NOTHING: PaymentCheckSearch = {
  debtorWords: 'Betaald op 30 november, kenmerk 2026-77.',
  reported: { paidOn: '2026-11-30', amountCents: 45_000, reference: '2026-77', iban: 'NL91ABNA0417164300' },
  invoices: [{ number: 'F-1', openCents: 45_000 }],
  from: '2026-11-27',
  to: '2026-12-04',
  bankEntries: 12,
  bankAccounts: ['NL20INGB0001234567'],
  providerPayments: 3,
  received: [],
  candidates: [],
};

describe('describePaymentCheck: what finance is asked when the check window ran out', () => {
  it('quotes the debtor, names what they reported, the range, amount, references and sources searched', () => {
    const text = describePaymentCheck(NOTHING);
    expect(text.split('\n')).toEqual([
      "The check window ran out: no payment matching the debtor's report of F-1 arrived.",
      'The debtor said: "Betaald op 30 november, kenmerk 2026-77."',
      'Reported: paid on 2026-11-30, €450.00, reference "2026-77", from NL91ABNA0417164300.',
      'Searched 2026-11-27 to 2026-12-04 for €450.00 or "F-1", "2026-77": bank statements (12 entries on NL20INGB0001234567); payment page payments (3); payments booked on the invoice (bank, payment page, ledger import).',
      'No payment was booked on it.',
      'No unplaced transfer fits the amount or a reference.',
      'Look for the payment, or tell the debtor it has not arrived.',
    ]);
  });

  it('a part payment says what is still open; transfers that might be it are listed; long words are cut', () => {
    const text = describePaymentCheck({
      ...NOTHING,
      debtorWords: `${'heel lang verhaal '.repeat(40)}einde`,
      reported: { paidOn: null, amountCents: null, reference: null, iban: null },
      invoices: [
        { number: 'F-1', openCents: 0 },
        { number: 'F-2', openCents: 20_000 },
      ],
      received: [{ amountCents: 80_000, source: 'bank', on: '2026-12-02' }],
      candidates: [{ on: '2026-12-03', amountCents: 20_000, name: 'Acme', remittance: 'rest F 2' }],
    });
    expect(text).toContain('Booked: €800.00 (bank, 2026-12-02), €800.00 in all; still open €200.00.');
    expect(text).toContain('Unplaced transfers that might be it: 2026-12-03 €200.00 from Acme "rest F 2".');
    expect(text).toContain('for €200.00 or "F-1", "F-2"');
    expect(text).not.toContain('Reported:');
    expect(text).not.toContain('einde');
    expect(text).toMatch(/The debtor said: "heel lang verhaal .{400,}…"/u);
  });
});
