import { z } from 'zod';
import type { CompanyIdentity } from './company-identity.ts';

const optional = z.string().trim().min(1).optional();

/**
 * The company's identity as letters show it, from the settings (COMPANY_*). Checked where they
 * enter, so a letter never prints a malformed IBAN or KvK number: the IBAN by its ISO 13616
 * check digits, the KvK number as 8 digits, the Dutch VAT number as NL + 9 digits + B + 2 digits
 * (other EU numbers by their country prefix). An address is all four parts or none.
 */
export const ZCompanyEnv = z
  .object({
    COMPANY_NAME: z.string().min(1).default('Collections'),
    COMPANY_LEGAL_NAME: optional,
    COMPANY_STREET: optional,
    COMPANY_POSTAL_CODE: optional,
    COMPANY_CITY: optional,
    COMPANY_COUNTRY: optional,
    COMPANY_KVK: z
      .string()
      .regex(/^\d{8}$/u, { error: 'expected the 8-digit KvK number, such as 12345678' })
      .optional(),
    COMPANY_VAT_NUMBER: z
      .string()
      .transform((text) => text.replace(/[\s.]/gu, '').toUpperCase())
      .pipe(
        z.string().regex(/^(NL\d{9}B\d{2}|(?!NL)[A-Z]{2}[0-9A-Z]{2,13})$/u, {
          error: 'expected a VAT number such as NL001234567B01',
        }),
      )
      .optional(),
    COMPANY_IBAN: z
      .string()
      .transform((text) => text.replace(/\s/gu, '').toUpperCase())
      .refine(isValidIban, { error: 'expected an IBAN with valid check digits, such as NL91ABNA0417164300' })
      .optional(),
    COMPANY_BIC: z
      .string()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/u, { error: 'expected a BIC such as ABNANL2A' })
      .optional(),
    COMPANY_PHONE: optional,
    COMPANY_EMAIL: z.email({ error: 'expected an address like debiteuren@example.nl' }).optional(),
    COMPANY_LOGO_URL: z
      .url({ protocol: /^https?$/u, error: 'expected an http(s) URL of the logo image' })
      .optional(),
  })
  .superRefine((env, context) => {
    const parts = [env.COMPANY_STREET, env.COMPANY_POSTAL_CODE, env.COMPANY_CITY, env.COMPANY_COUNTRY];
    if (parts.some(Boolean) && !parts.every(Boolean)) {
      context.addIssue({
        code: 'custom',
        path: ['COMPANY_STREET'],
        message:
          'an address needs COMPANY_STREET, COMPANY_POSTAL_CODE, COMPANY_CITY and COMPANY_COUNTRY together (or none of them)',
      });
    }
  });

/** The identity from the settings parsed by ZCompanyEnv. */
export function parseCompanyIdentity(env: z.infer<typeof ZCompanyEnv>): CompanyIdentity {
  return {
    legalName: env.COMPANY_LEGAL_NAME ?? env.COMPANY_NAME,
    address:
      env.COMPANY_STREET && env.COMPANY_POSTAL_CODE && env.COMPANY_CITY && env.COMPANY_COUNTRY
        ? {
            street: env.COMPANY_STREET,
            postalCode: env.COMPANY_POSTAL_CODE,
            city: env.COMPANY_CITY,
            country: env.COMPANY_COUNTRY,
          }
        : null,
    kvk: env.COMPANY_KVK ?? null,
    vatNumber: env.COMPANY_VAT_NUMBER ?? null,
    iban: env.COMPANY_IBAN ?? null,
    bic: env.COMPANY_BIC ?? null,
    phone: env.COMPANY_PHONE ?? null,
    email: env.COMPANY_EMAIL ?? null,
    logoUrl: env.COMPANY_LOGO_URL ?? null,
  };
}

/** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/u.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/gu, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}
