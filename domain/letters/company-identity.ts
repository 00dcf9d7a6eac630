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
  /** COMPANY_LOGO_FILE, read and checked at start: shown inline in the mail and on the PDF letterhead. */
  logo?: CompanyLogo | null;
};

/** A logo image as the settings give it: PNG or JPEG bytes (base64), never a path. */
export type CompanyLogo = {
  contentType: 'image/png' | 'image/jpeg';
  base64: string;
  /** The file it came from, for messages. */
  file: string;
};
