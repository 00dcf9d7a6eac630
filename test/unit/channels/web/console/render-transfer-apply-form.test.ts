import { describe, expect, it } from 'vitest';
import { renderTransferApplyForm } from '../../../../../channels/web/console/render-transfer-apply-form.ts';
import type { BankEntryReview } from '../../../../../domain/payments/payment-review.ts';

const entry = (overrides: Partial<BankEntryReview> = {}): BankEntryReview => ({
  id: '0b9f3c1e-6a43-4d8e-9c44-2f4c1c3d9a10',
  bookingDate: '2026-12-01',
  amountCents: 30_000,
  currency: 'EUR',
  counterpartyName: 'Zonneveld',
  remittance: 'betaling',
  reason: 'fits nothing',
  sourceFile: 'a.xml',
  transferId: 'NL91ABNA0417164300:S-1:E-1',
  likelyRepeat: false,
  candidates: [
    { number: 'INV-1', debtorName: '<b>Zon & Co</b>', openCents: 30_000, why: 'same amount, name alike' },
  ],
  ...overrides,
});

describe('renderTransferApplyForm', () => {
  it('offers the candidates as radio buttons and a typed number, names and reasons escaped; no "anyway" unless flagged', () => {
    const html = renderTransferApplyForm({ language: 'en', entry: entry(), csrf: 'tok', state: null });
    expect(html).toContain(`action="/console/payments/${entry().id}/apply"`);
    expect(html).toContain('name="csrf" value="tok"');
    expect(html).toMatch(/type="radio" name="pick"[^>]*value="INV-1"/);
    expect(html).toContain('&lt;b&gt;Zon &amp; Co&lt;/b&gt;');
    expect(html).not.toContain('<b>Zon');
    expect(html).toContain('Or type the invoice number');
    expect(html).not.toContain('name="anyway"');
    expect(
      renderTransferApplyForm({
        language: 'en',
        entry: entry({ likelyRepeat: true }),
        csrf: 't',
        state: null,
      }),
    ).toContain('name="anyway" value="1"');
  });

  it('sent back, keeps what was picked and typed and puts the error beside its field', () => {
    const base = { entryId: entry().id, pick: 'INV-1', invoice: 'INV-<9>', anyway: true };
    const refused = renderTransferApplyForm({
      language: 'nl',
      entry: entry({ likelyRepeat: true }),
      csrf: 't',
      state: { ...base, error: { code: 'refused', why: 'there is no invoice INV-<9>' } },
    });
    expect(refused).toMatch(/value="INV-1" checked/);
    expect(refused).toMatch(
      /name="invoice" type="text" maxlength="100" value="INV-&lt;9&gt;" aria-invalid="true"/,
    );
    expect(refused).toContain('Niet geboekt: there is no invoice INV-&lt;9&gt;.');
    expect(refused).toMatch(/name="anyway" value="1" id="[^"]+" checked>/);
    const repeat = renderTransferApplyForm({
      language: 'en',
      entry: entry({ likelyRepeat: true }),
      csrf: 't',
      state: {
        ...base,
        anyway: false,
        error: { code: 'duplicate', statementId: 'S-0', sourceFile: 'b.xml' },
      },
    });
    expect(repeat).toMatch(
      /-anyway-error">This looks like the transfer already imported from statement S-0 \(b\.xml\)/,
    );
    expect(repeat).toMatch(/name="anyway"[^>]*aria-invalid="true"/);
    expect(repeat).not.toMatch(/name="invoice"[^>]*aria-invalid/);
  });

  it('a transfer that booked something already has no form', () => {
    const html = renderTransferApplyForm({
      language: 'en',
      entry: entry({ transferId: null }),
      csrf: 't',
      state: null,
    });
    expect(html).not.toContain('<form');
    expect(html).toContain('correct it in the ledger');
  });
});
