import { z } from 'zod';
import type {
  LedgerCreditNote,
  LedgerDebtor,
  LedgerInvoice,
  LedgerPage,
  LedgerPayment,
  LedgerSource,
} from '../../../domain/ledger/ledger-source.ts';
import {
  isCreditInvoice,
  type MoneybirdSalesInvoice,
  mapMoneybirdContact,
  mapMoneybirdCreditInvoice,
  mapMoneybirdInvoice,
  UNSENT_STATES,
  ZMoneybirdContact,
  ZMoneybirdSalesInvoice,
} from './map-moneybird-records.ts';
import { type MoneybirdCursor, readMoneybirdCursor, writeMoneybirdCursor } from './moneybird-cursor.ts';
import { type MoneybirdConnection, type MoneybirdTransport, requestMoneybird } from './request-moneybird.ts';

const ZVersions = z.array(
  z.object({ id: z.union([z.string(), z.number()]).transform(String), version: z.number().int() }),
);
type Versioned = z.infer<typeof ZVersions>[number];

/** Moneybird's synchronization endpoint returns at most 100 records per request. */
const IDS_PER_REQUEST = 100;

/**
 * The ledger port over Moneybird's REST API v2, with its documented incremental sync: GET
 * `contacts/synchronization` and `sales_invoices/synchronization` list every id with its version,
 * POST with up to 100 ids returns the records. Records whose version is at or above the cursor's
 * are read again (the same second's changes are never missed; writing one twice changes nothing),
 * contacts first, then invoices, in version order, one request per page. A sent invoice becomes
 * an invoice with its open amount (`total_unpaid`) and its payments; a credit invoice a credit
 * note on the invoice it credits (Moneybird also books it as a payment with `credit_invoice_id`
 * on that invoice, which is left out: it is not money); drafts and scheduled invoices are not
 * receivables yet. An invoice that was open and is no longer listed was deleted.
 */
export function createMoneybirdSource({
  connection,
  transport = {},
}: {
  connection: MoneybirdConnection;
  transport?: MoneybirdTransport;
}): LedgerSource {
  return {
    name: 'moneybird',
    readChanges: ({ cursor, signal }) => readChanges({ connection, transport, cursor, signal }),
  };
}

async function* readChanges({
  connection,
  transport,
  cursor,
  signal,
}: {
  connection: MoneybirdConnection;
  transport: MoneybirdTransport;
  cursor: string | null;
  signal: AbortSignal | undefined;
}): AsyncGenerator<LedgerPage> {
  const request = <T>(method: 'GET' | 'POST', path: string, body?: unknown) =>
    requestMoneybird<T>({ connection, transport, method, path, body, signal });
  const state: MoneybirdCursor = readMoneybirdCursor(cursor);
  const contacts = ZVersions.parse(await request('GET', 'contacts/synchronization'));
  const invoices = ZVersions.parse(await request('GET', 'sales_invoices/synchronization'));

  const listed = new Set(invoices.map((entry) => entry.id));
  const open = { ...state.open };
  const deleted: string[] = [];
  for (const [id, number] of Object.entries(state.open)) {
    if (listed.has(id)) continue;
    deleted.push(number);
    delete open[id];
  }
  const contactsTodo =
    state.at?.kind === 'invoices'
      ? []
      : pending(contacts, state.contactsFrom, state.at?.kind === 'contacts' ? state.at : null);
  const invoicesTodo = pending(invoices, state.invoicesFrom, state.at?.kind === 'invoices' ? state.at : null);
  const highest = (list: readonly Versioned[], from: number) =>
    Math.max(from, ...list.map((entry) => entry.version));
  let current: MoneybirdCursor = { ...state, open };
  let pendingDeletions = deleted;

  const emptyPage = { debtors: [], invoices: [], creditNotes: [], payments: [] };
  for (let index = 0; index < contactsTodo.length; index += IDS_PER_REQUEST) {
    const chunk = contactsTodo.slice(index, index + IDS_PER_REQUEST);
    const records = z
      .array(ZMoneybirdContact)
      .parse(await request('POST', 'contacts/synchronization', { ids: chunk.map((entry) => entry.id) }));
    const last = index + IDS_PER_REQUEST >= contactsTodo.length;
    const tail = chunk[chunk.length - 1]!;
    current = {
      ...current,
      ...(last
        ? {
            contactsFrom: highest(contacts, state.contactsFrom),
            // No invoice to read after the contacts: the run ends with them.
            at: invoicesTodo.length === 0 ? null : { kind: 'invoices', version: -1, id: '' },
          }
        : { at: { kind: 'contacts', version: tail.version, id: tail.id } }),
    };
    yield {
      ...emptyPage,
      debtors: records.map(mapMoneybirdContact),
      deletedInvoiceNumbers: pendingDeletions,
      cursor: writeMoneybirdCursor(current),
    };
    pendingDeletions = [];
  }

  const numbers = new Map(Object.entries(state.open));
  for (let index = 0; index < invoicesTodo.length; index += IDS_PER_REQUEST) {
    const chunk = invoicesTodo.slice(index, index + IDS_PER_REQUEST);
    const records = z
      .array(ZMoneybirdSalesInvoice)
      .parse(
        await request('POST', 'sales_invoices/synchronization', { ids: chunk.map((entry) => entry.id) }),
      );
    for (const record of records) if (record.invoice_id) numbers.set(record.id, record.invoice_id);
    // A credit invoice names the invoice it credits by Moneybird id; its number may not be in this page.
    const unknown = [
      ...new Set(
        records.flatMap((record) =>
          isCreditInvoice(record) &&
          record.original_sales_invoice_id &&
          !numbers.has(record.original_sales_invoice_id)
            ? [record.original_sales_invoice_id]
            : [],
        ),
      ),
    ];
    if (unknown.length > 0) {
      for (const original of z
        .array(ZMoneybirdSalesInvoice)
        .parse(await request('POST', 'sales_invoices/synchronization', { ids: unknown }))) {
        if (original.invoice_id) numbers.set(original.id, original.invoice_id);
      }
    }
    const debtors = new Map<string, LedgerDebtor>();
    const pageInvoices: LedgerInvoice[] = [];
    const payments: LedgerPayment[] = [];
    const creditNotes: LedgerCreditNote[] = [];
    const nextOpen = { ...current.open };
    for (const record of records) {
      delete nextOpen[record.id];
      if (UNSENT_STATES.includes(record.state) || !record.invoice_id) continue;
      const debtor = mapMoneybirdContact(record.contact);
      debtors.set(debtor.reference, debtor);
      if (isCreditInvoice(record)) {
        const original = record.original_sales_invoice_id;
        creditNotes.push(
          mapMoneybirdCreditInvoice(record, original ? (numbers.get(original) ?? null) : null),
        );
        continue;
      }
      const mapped = mapMoneybirdInvoice(record as MoneybirdSalesInvoice & { invoice_id: string });
      pageInvoices.push(mapped.invoice);
      payments.push(...mapped.payments);
      if (mapped.invoice.state === 'open') nextOpen[record.id] = record.invoice_id;
    }
    const last = index + IDS_PER_REQUEST >= invoicesTodo.length;
    const tail = chunk[chunk.length - 1]!;
    current = {
      ...current,
      open: nextOpen,
      ...(last
        ? { invoicesFrom: highest(invoices, state.invoicesFrom), at: null }
        : { at: { kind: 'invoices', version: tail.version, id: tail.id } }),
    };
    yield {
      debtors: [...debtors.values()],
      invoices: pageInvoices,
      creditNotes,
      payments,
      deletedInvoiceNumbers: pendingDeletions,
      cursor: writeMoneybirdCursor(current),
    };
    pendingDeletions = [];
  }
  if (pendingDeletions.length > 0) {
    // Deletions alone: nothing else changed.
    yield { ...emptyPage, deletedInvoiceNumbers: pendingDeletions, cursor: writeMoneybirdCursor(current) };
  }
}

/** The records to read, in version order: at or above `from`, or after `at` when resuming a run. */
function pending(
  list: readonly Versioned[],
  from: number,
  at: { readonly version: number; readonly id: string } | null,
): Versioned[] {
  const order = (a: Versioned, b: Versioned) =>
    a.version - b.version || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return list
    .filter((entry) =>
      at
        ? order(entry, { id: at.id, version: at.version }) > 0 && entry.version >= from
        : entry.version >= from,
    )
    .sort(order);
}
