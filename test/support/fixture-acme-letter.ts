import type { InvoiceLine } from '../../channels/email/rendered-email.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';

/** Acme with every identity field set (made-up numbers): the sender of the golden letters. */
export const ACME_IDENTITY: CompanyIdentity = {
  legalName: 'Acme Supplies B.V.',
  address: { street: 'Damrak 1', postalCode: '1012 LG', city: 'Amsterdam', country: 'Nederland' },
  kvk: '12345678',
  vatNumber: 'NL001234567B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  phone: '+31 20 123 4567',
  email: 'debiteuren@acme.example',
  logoUrl: 'https://acme.example/logo.png',
};

/** The two invoices the golden letters are about, each with its own payment link. */
export const ACME_INVOICES: readonly InvoiceLine[] = [
  {
    number: 'F2026-0060',
    openCents: 125_050,
    dueDate: '2026-10-01',
    payUrl: 'https://pay.acme.example/pay/a',
  },
  {
    number: 'F2026-0061',
    openCents: 35_000,
    dueDate: '2026-10-15',
    payUrl: 'https://pay.acme.example/pay/b',
  },
];
