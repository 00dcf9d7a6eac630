import type { CompanyIdentity } from '../../../domain/letters/company-identity.ts';

/** What the settings give every letter: who sends it and where a company's own templates are. */
export interface LetterSettings {
  readonly company: CompanyIdentity;
  /** COLLECTIONS_TEMPLATES_DIR: a folder whose templates replace the shipped ones file by file. */
  readonly templatesDir: string | null;
  /** LETTERS_BY_POST=formal: the 14-day letter and the notice of default also go by post. */
  readonly byPost?: boolean;
}

/** A company that set only COMPANY_NAME: letters carry the name and no other identity. */
export function letterSettingsFor(companyName: string): LetterSettings {
  return {
    company: {
      legalName: companyName,
      address: null,
      kvk: null,
      vatNumber: null,
      iban: null,
      bic: null,
      phone: null,
      email: null,
      logoUrl: null,
    },
    templatesDir: null,
    byPost: false,
  };
}
