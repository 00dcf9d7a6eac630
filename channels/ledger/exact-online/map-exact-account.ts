import type { LedgerDebtor } from '../../../domain/ledger/ledger-source.ts';
import type { ExactAccount } from './exact-online-rows.ts';

const LANGUAGES = new Set(['nl', 'en', 'de', 'fr']);

/**
 * An Exact Online account as a debtor, or null when it is not one to collect from (no code, or a
 * supplier-only account). The code is padded with spaces to 18 characters in Exact: trimmed, it
 * is the debtor number the bookkeeper sees, our `reference`.
 */
export function mapExactAccount(account: ExactAccount): LedgerDebtor | null {
  const reference = account.Code?.trim() ?? '';
  if (!reference) return null;
  if (account.IsSales === false && account.Status !== 'C') return null;
  const language = account.Language?.trim().slice(0, 2).toLowerCase() ?? '';
  const email = account.Email?.trim() ?? '';
  const street = account.AddressLine1?.trim() ?? '';
  const postalCode = account.Postcode?.trim() ?? '';
  const city = account.City?.trim() ?? '';
  return {
    reference,
    name: account.Name?.trim() || reference,
    kind: 'company',
    language: LANGUAGES.has(language) ? language : 'nl',
    contacts: email ? [{ name: null, email, isPrimary: true }] : [],
    address:
      street && city
        ? { street, postalCode, city, country: account.Country?.trim().toUpperCase().slice(0, 2) || 'NL' }
        : null,
  };
}
