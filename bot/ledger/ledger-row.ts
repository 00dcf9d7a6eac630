import { z } from 'zod';
import { parseLedgerDate } from '../../domain/ledger/parse-ledger-date.ts';

/**
 * The columns of a ledger CSV (one row per invoice; debtor columns repeat per invoice). Optional
 * beyond these: LEDGER_EXTRA_COLUMNS.
 */
export const LEDGER_COLUMNS = [
  'debtor_reference',
  'debtor_name',
  'debtor_kind',
  'language',
  'contact_email',
  'contact_name',
  'account_owner',
  'invoice_number',
  'issue_date',
  'due_date',
  'amount',
  'open_amount',
  'currency',
  'po_number',
] as const;

/** Optional columns a ledger may add: where the ladder stands, and the postal address for letters by post. */
export const LEDGER_EXTRA_COLUMNS = [
  'dunning_step',
  'last_dunning_date',
  'address_street',
  'address_postal_code',
  'address_city',
  'address_country',
] as const;

export type LedgerColumn = (typeof LEDGER_COLUMNS)[number] | (typeof LEDGER_EXTRA_COLUMNS)[number];

export const REQUIRED_COLUMNS = [
  'debtor_reference',
  'debtor_name',
  'debtor_kind',
  'invoice_number',
  'issue_date',
  'due_date',
  'amount',
] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

const day = () =>
  z.string().transform((value, context) => {
    const iso = parseLedgerDate(value);
    if (iso !== null) return iso;
    context.addIssue({
      code: 'custom',
      message: `"${value.trim()}" is not a date: write it day first like 31-03-2026 (or 31/03/2026), or as 2026-03-31`,
    });
    return z.NEVER;
  });

/** An amount stays text until the whole file is read: its decimal separator is decided per file. */
const amountText = (what: string) => z.string().trim().min(1, `${what} is empty`);

const KINDS: Readonly<Record<string, 'company' | 'consumer'>> = {
  company: 'company',
  bedrijf: 'company',
  zakelijk: 'company',
  b2b: 'company',
  consumer: 'consumer',
  particulier: 'consumer',
  prive: 'consumer',
  privé: 'consumer',
  b2c: 'consumer',
};

const LANGUAGES: Readonly<Record<string, 'nl' | 'en' | 'fr' | 'de'>> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
  fr: 'fr',
  frans: 'fr',
  french: 'fr',
  français: 'fr',
  de: 'de',
  duits: 'de',
  german: 'de',
  deutsch: 'de',
};

// Made once: building a zod schema per row cost more than the rest of the row's checks.
const EMAIL = z.email();

export const ZLedgerRow = z
  .object({
    debtor_reference: z.string().trim().min(1, 'debtor_reference is empty'),
    debtor_name: z.string().trim().min(1, 'debtor_name is empty'),
    debtor_kind: z
      .string()
      .transform((value) => KINDS[value.trim().toLowerCase()])
      .pipe(
        z.enum(['company', 'consumer'], {
          error: 'debtor_kind must be "company" or "consumer" (or bedrijf, particulier)',
        }),
      ),
    language: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? LANGUAGES[value.trim().toLowerCase()] : 'nl'))
      .pipe(z.enum(['nl', 'en', 'fr', 'de'], { error: 'language must be nl, en, fr or de' })),
    contact_email: optionalText.refine((value) => value === null || EMAIL.safeParse(value).success, {
      message: 'contact_email is not an e-mail address',
    }),
    contact_name: optionalText,
    account_owner: optionalText,
    invoice_number: z.string().trim().min(1, 'invoice_number is empty'),
    issue_date: day(),
    due_date: day(),
    amount: amountText('amount'),
    open_amount: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value.trim() === '' ? null : value.trim())),
    currency: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim().toUpperCase() || 'EUR')
      .refine((value) => value === 'EUR', { message: 'currency must be EUR (the only currency supported)' }),
    po_number: optionalText,
    /** The debtor's postal address, for formal letters by post (window envelope). */
    address_street: optionalText,
    address_postal_code: optionalText,
    address_city: optionalText,
    address_country: optionalText,
    /** Where the ladder stands in the ledger: the last step sent (a step code of the policy) and its day. */
    dunning_step: optionalText,
    last_dunning_date: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value.trim() === '' ? null : value))
      .pipe(day().nullable()),
  })
  .refine((row) => row.due_date >= row.issue_date, {
    message: 'due_date is before issue_date',
    path: ['due_date'],
  })
  .refine((row) => (row.dunning_step === null) === (row.last_dunning_date === null), {
    message:
      'must come with last_dunning_date: give the last ladder step sent and the day it was sent, or neither',
    path: ['dunning_step'],
  })
  .refine((row) => row.last_dunning_date === null || row.last_dunning_date >= row.due_date, {
    message: 'lies before due_date: the ladder starts after the due date',
    path: ['last_dunning_date'],
  });

/** A row as read, its amounts still text. */
export type LedgerRecord = z.output<typeof ZLedgerRow>;

/** A row once the file's amounts are read: cents; the open amount is the amount where none is given. */
export type LedgerRow = Omit<LedgerRecord, 'amount' | 'open_amount'> & {
  readonly amount: number;
  readonly open_amount: number;
};
