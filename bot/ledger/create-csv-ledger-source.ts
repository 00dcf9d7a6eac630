import { createHash } from 'node:crypto';
import type { LedgerDebtor, LedgerPage, LedgerSource } from '../../domain/ledger/ledger-source.ts';
import type { ReadLedgerRow } from './read-ledger-csv.ts';

/** Invoices per page: a transaction of its own each, small enough to keep the page's lists short. */
const PAGE_SIZE = 1000;

/**
 * A ledger CSV export (read and validated whole by readLedgerCsv: a bad file fails before a page
 * is read) behind the ledger port, so the sync's write path can take an export as it takes a
 * package. The cursor is the file's digest and the next page: the same file again yields nothing,
 * a sync that stopped resumes at its page. An export lists what is there, not what was removed,
 * so it deletes nothing. `collections import` keeps its own bulk path (importLedger: as-of,
 * ladder states, dry run, 100,000 rows in one transaction); this is for the sync.
 */
export function createCsvLedgerSource({
  rows,
  bytes,
}: {
  rows: readonly ReadLedgerRow[];
  /** The file as read: its digest identifies it in the cursor. */
  bytes: Uint8Array;
}): LedgerSource {
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return {
    name: 'csv',
    async *readChanges({ cursor }) {
      const [seen, next] = (cursor ?? '').split(':');
      let start = seen === digest ? Number(next) : 0;
      if (!Number.isSafeInteger(start) || start < 0) start = 0;
      for (let index = start; index < rows.length; index += PAGE_SIZE) {
        yield page(
          rows.slice(index, index + PAGE_SIZE),
          `${digest}:${Math.min(rows.length, index + PAGE_SIZE)}`,
        );
      }
    },
  };
}

function page(rows: readonly ReadLedgerRow[], cursor: string): LedgerPage {
  const debtors = new Map<string, LedgerDebtor & { contacts: LedgerDebtor['contacts'][number][] }>();
  for (const row of rows) {
    let debtor = debtors.get(row.debtor_reference);
    if (!debtor) {
      debtor = {
        reference: row.debtor_reference,
        name: row.debtor_name,
        kind: row.debtor_kind,
        language: row.language,
        contacts: [],
        address:
          row.address_street && row.address_postal_code && row.address_city
            ? {
                street: row.address_street,
                postalCode: row.address_postal_code,
                city: row.address_city,
                country: row.address_country ?? 'NL',
              }
            : null,
      };
      debtors.set(row.debtor_reference, debtor);
    }
    if (row.contact_email && !debtor.contacts.some((c) => c.email === row.contact_email)) {
      debtor.contacts.push({ name: row.contact_name, email: row.contact_email, isPrimary: true });
    }
  }
  return {
    debtors: [...debtors.values()],
    invoices: rows.map((row) => ({
      number: row.invoice_number,
      debtorReference: row.debtor_reference,
      currency: 'EUR',
      amountCents: row.amount,
      openCents: row.open_amount,
      issueDate: row.issue_date,
      dueDate: row.due_date,
      poNumber: row.po_number,
      state: row.open_amount === 0 ? 'paid' : 'open',
    })),
    creditNotes: [],
    payments: [],
    deletedInvoiceNumbers: [],
    cursor,
  };
}
