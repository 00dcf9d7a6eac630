import { describe, expect, it } from 'vitest';
import {
  isCreditInvoice,
  mapMoneybirdContact,
  mapMoneybirdInvoice,
  ZMoneybirdContact,
  ZMoneybirdSalesInvoice,
} from '../../../../../channels/ledger/moneybird/map-moneybird-records.ts';
import { readMoneybirdCursor } from '../../../../../channels/ledger/moneybird/moneybird-cursor.ts';
import { AppError } from '../../../../../domain/errors/app-error.ts';

const contact = {
  id: '260703545909478936',
  company_name: '',
  firstname: 'Piet',
  lastname: 'Puk',
  customer_id: '',
  email: 'piet@example.nl',
  send_invoices_to_email: 'facturen@example.nl, boekhouding@example.nl',
  send_invoices_to_attention: null,
  address1: 'Dorpsstraat 1',
  zipcode: '1234 AB',
  city: 'Ergens',
  country: 'nl',
  contact_people: [{ id: '1', firstname: 'Els', lastname: null, email: 'els@example.nl' }],
  version: 1_700_000_000,
};
const invoice = {
  id: 260703545909478900,
  contact_id: contact.id,
  contact,
  invoice_id: '2026-0042',
  state: 'late',
  invoice_date: '2026-10-01',
  due_date: '2026-10-31',
  reference: 'PO 77',
  currency: 'EUR',
  total_price_incl_tax: '1210.5',
  total_unpaid: '1010.5',
  original_sales_invoice_id: null,
  payments: [
    { id: '1', price: '200.0', payment_date: '2026-11-01', credit_invoice_id: null },
    { id: '2', price: '10.0', payment_date: '2026-11-02', credit_invoice_id: '99' },
  ],
  version: 1_700_000_001,
};

describe("Moneybird's records in the ledger port's words", () => {
  it('a consumer without a customer number: reference from its id, invoice addresses first and primary', () => {
    expect(mapMoneybirdContact(ZMoneybirdContact.parse(contact))).toEqual({
      reference: 'moneybird:260703545909478936',
      name: 'Piet Puk',
      kind: 'consumer',
      language: 'nl',
      contacts: [
        { name: 'Piet Puk', email: 'facturen@example.nl', isPrimary: true },
        { name: 'Piet Puk', email: 'boekhouding@example.nl', isPrimary: true },
        { name: 'Piet Puk', email: 'piet@example.nl', isPrimary: false },
        { name: 'Els', email: 'els@example.nl', isPrimary: false },
      ],
      address: { street: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Ergens', country: 'NL' },
    });
  });

  it('a late invoice is open with total_unpaid; a credit settlement is no payment; amounts in cents', () => {
    const parsed = ZMoneybirdSalesInvoice.parse(invoice);
    expect(isCreditInvoice(parsed)).toBe(false);
    const mapped = mapMoneybirdInvoice({ ...parsed, invoice_id: '2026-0042' });
    expect(mapped.invoice).toEqual({
      number: '2026-0042',
      debtorReference: 'moneybird:260703545909478936',
      currency: 'EUR',
      amountCents: 121_050,
      openCents: 101_050,
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      poNumber: 'PO 77',
      state: 'open',
    });
    expect(mapped.payments).toEqual([
      {
        externalId: '1',
        debtorReference: 'moneybird:260703545909478936',
        invoiceNumber: '2026-0042',
        amountCents: 20_000,
        date: '2026-11-01',
      },
    ]);
    const paid = mapMoneybirdInvoice({ ...parsed, state: 'paid', invoice_id: '2026-0042' });
    expect(paid.invoice).toMatchObject({ state: 'paid', openCents: 0 });
    expect(isCreditInvoice(ZMoneybirdSalesInvoice.parse({ ...invoice, total_price_incl_tax: '-50.0' }))).toBe(
      true,
    );
  });

  it('an unreadable cursor says how to start over', () => {
    expect(readMoneybirdCursor(null)).toMatchObject({ invoicesFrom: -1, at: null, open: {} });
    expect(() => readMoneybirdCursor('{"v":2}')).toThrow(AppError);
    expect(() => readMoneybirdCursor('not json')).toThrow(/--full/);
  });
});
