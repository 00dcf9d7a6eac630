export type CompanyIdentity = {
  legalName: string;
  address: { street: string; postalCode: string; city: string; country: string } | null;
  kvk: string | null;
  vatNumber: string | null;
  iban: string | null;
  bic: string | null;
  phone: string | null;
  email: string | null;
  logoUrl: string | null;
};
