import { describe, expect, it } from 'vitest';
import { parseCompanyIdentity, ZCompanyEnv } from '../../../../domain/letters/parse-company-identity.ts';
import { ACME_IDENTITY } from '../../../support/fixture-acme-letter.ts';

const parse = (env: Record<string, string>) => ZCompanyEnv.safeParse(env);

describe('company identity settings', () => {
  it('reads every field, normalising the IBAN and VAT number', () => {
    const parsed = parse({
      COMPANY_NAME: 'Acme',
      COMPANY_LEGAL_NAME: 'Acme Supplies B.V.',
      COMPANY_STREET: 'Damrak 1',
      COMPANY_POSTAL_CODE: '1012 LG',
      COMPANY_CITY: 'Amsterdam',
      COMPANY_COUNTRY: 'Nederland',
      COMPANY_KVK: '12345678',
      COMPANY_VAT_NUMBER: 'nl 0012.34567.B01',
      COMPANY_IBAN: 'nl91 abna 0417 1643 00',
      COMPANY_BIC: 'ABNANL2A',
      COMPANY_PHONE: '+31 20 123 4567',
      COMPANY_EMAIL: 'debiteuren@acme.example',
      COMPANY_LOGO_URL: 'https://acme.example/logo.png',
    });
    expect(parsed.success).toBe(true);
    // The golden letters' sender: every field set, the IBAN and VAT number normalised.
    expect(parseCompanyIdentity(parsed.data!)).toEqual(ACME_IDENTITY);
  });

  it('with only COMPANY_NAME the letter carries the name and nothing else', () => {
    const parsed = parse({ COMPANY_NAME: 'Acme' });
    expect(parseCompanyIdentity(parsed.data!)).toMatchObject({
      legalName: 'Acme',
      address: null,
      iban: null,
    });
  });

  it.each([
    [{ COMPANY_IBAN: 'NL92ABNA0417164300' }, 'COMPANY_IBAN', 'check digits'],
    [{ COMPANY_KVK: '1234567' }, 'COMPANY_KVK', '8-digit'],
    [{ COMPANY_VAT_NUMBER: 'NL12345678B01' }, 'COMPANY_VAT_NUMBER', 'NL001234567B01'],
    [{ COMPANY_BIC: 'abn' }, 'COMPANY_BIC', 'ABNANL2A'],
    [{ COMPANY_LOGO_URL: 'ftp://x/logo.png' }, 'COMPANY_LOGO_URL', 'http'],
    [{ COMPANY_STREET: 'Damrak 1' }, 'COMPANY_STREET', 'together'],
  ])('refuses %j naming the setting', (env, setting, hint) => {
    const parsed = parse({ COMPANY_NAME: 'Acme', ...env });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(setting);
    expect(issue.message).toContain(hint);
  });
});
