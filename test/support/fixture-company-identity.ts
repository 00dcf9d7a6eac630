import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';

/** A company as the settings would describe it (made-up numbers), for letter tests. */
export const FIXTURE_IDENTITY: CompanyIdentity = {
  legalName: 'Voorbeeld Groothandel B.V.',
  address: { street: 'Keizersgracht 100', postalCode: '1015 AA', city: 'Amsterdam', country: 'Nederland' },
  kvk: '12345678',
  vatNumber: 'NL123456789B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  phone: '+31 20 123 4567',
  email: 'debiteuren@voorbeeld.example',
  logoUrl: null,
};
