import { z } from 'zod';
import { isIsoDate } from '../../domain/model/iso-date.ts';
import { parseMajorUnits } from '../../domain/money.ts';

/**
 * The columns of a ledger CSV (one row per invoice; debtor columns repeat per invoice). Optional
 * beyond these (see ZLedgerRow): dunning_step, last_dunning_date and the address_* columns.
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

const day = (what: string) =>
  z
    .string()
    .trim()
    .refine(isIsoDate, { message: `${what} must be a date like 2026-03-31` });

const euros = (what: string) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      try {
        const cents = parseMajorUnits(value);
        if (cents < 0) throw new Error('negative');
        return cents;
      } catch {
        context.addIssue({
          code: 'custom',
          message: `${what} must be euros like 1250.00 (no thousands separators), got "${value}"`,
        });
        return z.NEVER;
      }
    });

// Made once: building a zod schema per row cost more than the rest of the row's checks.
const EMAIL = z.email();

export const ZLedgerRow = z
  .object({
    debtor_reference: z.string().trim().min(1, 'debtor_reference is empty'),
    debtor_name: z.string().trim().min(1, 'debtor_name is empty'),
    debtor_kind: z.enum(['company', 'consumer'], { error: 'debtor_kind must be "company" or "consumer"' }),
    language: z
      .enum(['nl', 'en', 'fr', 'de'], { error: 'language must be nl, en, fr or de' })
      .or(z.literal('').transform(() => 'nl' as const))
      .optional()
      .transform((value) => value ?? 'nl'),
    contact_email: optionalText.refine((value) => value === null || EMAIL.safeParse(value).success, {
      message: 'contact_email is not an e-mail address',
    }),
    contact_name: optionalText,
    account_owner: optionalText,
    invoice_number: z.string().trim().min(1, 'invoice_number is empty'),
    issue_date: day('issue_date'),
    due_date: day('due_date'),
    amount: euros('amount'),
    open_amount: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value.trim() === '' ? undefined : value))
      .pipe(euros('open_amount').optional()),
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
    last_dunning_date: optionalText.refine((value) => value === null || isIsoDate(value), {
      message: 'last_dunning_date must be a date like 2026-03-31',
    }),
  })
  .transform((row) => ({ ...row, open_amount: row.open_amount ?? row.amount }))
  .refine((row) => row.open_amount <= row.amount, {
    message: 'open_amount is larger than amount',
    path: ['open_amount'],
  })
  .refine((row) => row.due_date >= row.issue_date, {
    message: 'due_date is before issue_date',
    path: ['due_date'],
  })
  .refine((row) => (row.dunning_step === null) === (row.last_dunning_date === null), {
    message:
      'dunning_step and last_dunning_date go together: give the last ladder step sent and the day it was sent, or neither',
    path: ['dunning_step'],
  })
  .refine((row) => row.last_dunning_date === null || row.last_dunning_date >= row.due_date, {
    message: 'last_dunning_date is before due_date: the ladder starts after the due date',
    path: ['last_dunning_date'],
  });

export type LedgerRow = z.output<typeof ZLedgerRow>;
