import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';

/**
 * Where a Moneybird sync stands. Moneybird's synchronization endpoints list every record's id
 * with its version (a number that grows on each change), so the cursor keeps the highest version
 * written for contacts and for sales invoices, the position inside a run that stopped half way
 * (`at`: the last record written, in version order), and the numbers of the invoices that were
 * open at the last sight, by Moneybird id: an id that is no longer listed is an invoice deleted
 * in Moneybird, and only its id is listed. Paid invoices are left out: deleting one changes no
 * dunning, and 100,000 of them would make every page's cursor megabytes long.
 */
const ZCursor = z.object({
  v: z.literal(1),
  contactsFrom: z.number().int(),
  invoicesFrom: z.number().int(),
  at: z
    .object({ kind: z.enum(['contacts', 'invoices']), version: z.number().int(), id: z.string() })
    .nullable(),
  open: z.record(z.string(), z.string()),
});
export type MoneybirdCursor = z.infer<typeof ZCursor>;

export const START: MoneybirdCursor = { v: 1, contactsFrom: -1, invoicesFrom: -1, at: null, open: {} };

export function readMoneybirdCursor(cursor: string | null): MoneybirdCursor {
  if (cursor === null) return START;
  try {
    return ZCursor.parse(JSON.parse(cursor));
  } catch (cause) {
    throw new AppError(
      'DATA_INVALID',
      'The stored Moneybird sync cursor cannot be read; run `collections sync ledger --source moneybird --full` to start over (nothing is written twice).',
      { cause },
    );
  }
}

export function writeMoneybirdCursor(cursor: MoneybirdCursor): string {
  return JSON.stringify(cursor);
}
