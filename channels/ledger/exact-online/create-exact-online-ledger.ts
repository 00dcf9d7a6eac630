import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';
import { decimalToCents } from '../../../domain/ledger/decimal-to-cents.ts';
import type {
  LedgerCreditNote,
  LedgerInvoice,
  LedgerOpenAmount,
  LedgerPage,
  LedgerPayment,
  LedgerSource,
} from '../../../domain/ledger/ledger-source.ts';
import type { ExactOnlineGet } from './create-exact-online-caller.ts';
import {
  type ExactSalesInvoice,
  ZExactAccount,
  ZExactAccountCode,
  ZExactDeleted,
  ZExactPage,
  ZExactReceivable,
  ZExactSalesInvoice,
  ZExactTransactionLine,
} from './exact-online-rows.ts';
import { mapExactAccount } from './map-exact-account.ts';
import { parseExactDate } from './parse-exact-date.ts';

/**
 * The EntityType of a deleted sales invoice in /sync/Deleted (Exact's reference for SyncDeleted:
 * 1 TransactionLines, 2 Accounts, 3 Addresses, 4 Attachments, 5 Contacts, 6 Documents,
 * 7 GLAccounts, 8 SalesItemPrices, 9 Items, 10 PaymentTerms, 11 Quotations, 12 SalesOrders,
 * 13 SalesInvoices, 14 TimeCostTransactions, 15 StockPositions). EntityKey is the InvoiceID.
 */
export const EXACT_DELETED_SALES_INVOICE = 13;
const CREDIT_NOTE_TYPES = new Set([8021, 8024]);
const PROCESSED = 50;
const CASH_FLOW = 40;

/**
 * Where a sync stands, per entity: the highest row version (Timestamp) written so far, the
 * Exact ids of the invoices we reported open, so a deletion (which names only the id) can be
 * reported by its number, and (`due`, by the same ids) what the receivables list showed open on
 * each at the last sync, so a payment the bookkeeper matched without changing the invoice is
 * seen as the drop it is. Cursors written before `due` existed read as "nothing known yet".
 */
const ZCursor = z.object({
  v: z.literal(1),
  accounts: z.string().regex(/^\d+$/),
  invoices: z.string().regex(/^\d+$/),
  payments: z.string().regex(/^\d+$/),
  deleted: z.string().regex(/^\d+$/),
  open: z.record(z.string(), z.string()),
  due: z.record(z.string(), z.number().int()).optional(),
});
type Cursor = z.infer<typeof ZCursor>;

const START: Cursor = {
  v: 1,
  accounts: '1',
  invoices: '1',
  payments: '1',
  deleted: '1',
  open: {},
  due: {},
};
/** Invoices per page of open amounts from the receivables list (each page is one transaction). */
const OPEN_AMOUNTS_PER_PAGE = 500;

const EMPTY = {
  debtors: [],
  invoices: [],
  creditNotes: [],
  payments: [],
  deletedInvoiceNumbers: [],
} as const;

/**
 * Exact Online behind the ledger port, for one division. It reads Exact's sync API, which returns
 * rows changed after a row version (`$filter=Timestamp gt <n>L`) a page at a time (`__next`):
 * the customer accounts, the processed sales invoices and credit notes (their open amount from
 * the receivables list), the customers' payments booked in the bank and cash journals, and the
 * deleted invoices. Every API page is one LedgerPage whose cursor holds the row versions reached,
 * so a sync that stops resumes with the next page.
 *
 * Matching a bank payment to an invoice in Exact does not change the invoice (nor its row
 * version): only the receivables list shows it. So every sync reads that list whole (once: the
 * invoices' pages share it), and for each invoice it reported open whose figure went down since
 * the last sync, or that is gone from the list without being deleted, it reports the open amount
 * Exact shows now (LedgerPage.openAmounts). The list is read before the deletions, so an invoice
 * deleted meanwhile is reported deleted, not paid; a list that fails part way throws before
 * anything is reported from it.
 */
export function createExactOnlineLedger({
  apiUrl,
  get,
}: {
  /** <base>/api/v1/<division> */
  apiUrl: string;
  get: ExactOnlineGet;
}): LedgerSource {
  const origin = new URL(apiUrl).origin;

  async function* pages(first: string, signal?: AbortSignal): AsyncGenerator<unknown[]> {
    let url: string | null = first;
    while (url) {
      const page = ZExactPage.safeParse(await get(url, signal));
      if (!page.success) throw badShape(url, page.error);
      yield page.data.d.results;
      const next = page.data.d.__next ?? null;
      // The bearer token goes only to Exact's own host.
      if (next && new URL(next, origin).origin !== origin) {
        throw new AppError(
          'CHANNEL_UNAVAILABLE',
          `Exact Online pointed the next page at another host (${new URL(next).host}); the sync stopped.`,
        );
      }
      url = next ? new URL(next, origin).toString() : null;
    }
  }

  const parseRows = <T>(schema: z.ZodType<T>, rows: unknown[], what: string): T[] =>
    rows.map((row, index) => {
      const parsed = schema.safeParse(row);
      if (!parsed.success) throw badShape(`${what} row ${index + 1}`, parsed.error);
      return parsed.data;
    });

  const maxTimestamp = (rows: readonly { Timestamp: string }[], from: string) =>
    rows.reduce((max, row) => (BigInt(row.Timestamp) > BigInt(max) ? row.Timestamp : max), from);

  const since = (path: string, select: string, timestamp: string) =>
    `${apiUrl}/${path}?$select=${select}&$filter=${encodeURIComponent(`Timestamp gt ${timestamp}L`)}`;

  return {
    name: 'exact-online',
    async *readChanges({ cursor: text, signal }) {
      let cursor = text === null ? START : readCursor(text);
      const codes = new Map<string, string>();

      for await (const rows of pages(
        since(
          'sync/CRM/Accounts',
          'ID,Code,Name,Email,Language,AddressLine1,Postcode,City,Country,Status,IsSales,Timestamp',
          cursor.accounts,
        ),
        signal,
      )) {
        const accounts = parseRows(ZExactAccount, rows, 'account');
        for (const account of accounts) if (account.Code?.trim()) codes.set(account.ID, account.Code.trim());
        cursor = { ...cursor, accounts: maxTimestamp(accounts, cursor.accounts) };
        const debtors = accounts.flatMap((account) => mapExactAccount(account) ?? []);
        yield page({ debtors }, cursor);
      }

      let receivables: Map<string, number> | null = null;
      for await (const rows of pages(
        since(
          'sync/SalesInvoice/SalesInvoices',
          'InvoiceID,InvoiceNumber,InvoiceTo,OrderedBy,Currency,AmountFC,AmountDC,InvoiceDate,DueDate,Type,Status,YourRef,Timestamp',
          cursor.invoices,
        ),
        signal,
      )) {
        const sales = parseRows(ZExactSalesInvoice, rows, 'sales invoice');
        receivables ??= await readReceivables(signal);
        await learnCodes(
          sales.map((sale) => sale.InvoiceTo ?? sale.OrderedBy ?? null),
          codes,
          signal,
        );
        const invoices: LedgerInvoice[] = [];
        const creditNotes: LedgerCreditNote[] = [];
        const open = { ...cursor.open };
        const due = { ...cursor.due };
        for (const sale of sales) {
          const mapped = mapSale(sale, codes, receivables);
          if (mapped?.kind === 'invoice') {
            invoices.push(mapped.invoice);
            if (mapped.invoice.state === 'open') {
              open[sale.InvoiceID] = mapped.invoice.number;
              due[sale.InvoiceID] = mapped.invoice.openCents;
            } else {
              delete open[sale.InvoiceID];
              delete due[sale.InvoiceID];
            }
          } else if (mapped?.kind === 'credit') creditNotes.push(mapped.creditNote);
        }
        cursor = { ...cursor, invoices: maxTimestamp(sales, cursor.invoices), open, due };
        yield page({ invoices, creditNotes }, cursor);
      }

      for await (const rows of pages(
        since(
          'sync/Financial/TransactionLines',
          'ID,AccountCode,AmountDC,Date,InvoiceNumber,Type,Timestamp',
          cursor.payments,
        ),
        signal,
      )) {
        const lines = parseRows(ZExactTransactionLine, rows, 'transaction line');
        const payments: LedgerPayment[] = [];
        for (const line of lines) {
          const invoiceNumber = numberText(line.InvoiceNumber);
          const reference = line.AccountCode?.trim();
          const date = parseExactDate(line.Date);
          if (line.Type !== CASH_FLOW || !invoiceNumber || !reference || !date || line.AmountDC == null)
            continue;
          // A receipt credits the customer's account: a negative amount on its line.
          const cents = -decimalToCents(line.AmountDC);
          if (cents <= 0) continue;
          payments.push({
            externalId: line.ID,
            debtorReference: reference,
            invoiceNumber,
            amountCents: cents,
            date,
          });
        }
        cursor = { ...cursor, payments: maxTimestamp(lines, cursor.payments) };
        yield page({ payments }, cursor);
      }

      // Whole, before the deletions: an invoice deleted after this read is still reported deleted.
      receivables ??= await readReceivables(signal);

      for await (const rows of pages(
        since('sync/Deleted', 'EntityKey,EntityType,Timestamp', cursor.deleted),
        signal,
      )) {
        const deletions = parseRows(ZExactDeleted, rows, 'deletion');
        const open = { ...cursor.open };
        const due = { ...cursor.due };
        const deletedInvoiceNumbers: string[] = [];
        for (const deletion of deletions) {
          if (deletion.EntityType !== EXACT_DELETED_SALES_INVOICE) continue;
          const number = open[deletion.EntityKey];
          if (number === undefined) continue;
          deletedInvoiceNumbers.push(number);
          delete open[deletion.EntityKey];
          delete due[deletion.EntityKey];
        }
        cursor = { ...cursor, deleted: maxTimestamp(deletions, cursor.deleted), open, due };
        yield page({ deletedInvoiceNumbers }, cursor);
      }

      // The invoices we hold open whose figure Exact lowered without changing the invoice.
      const open = { ...cursor.open };
      const due = { ...cursor.due };
      let openAmounts: LedgerOpenAmount[] = [];
      let remembered = false;
      for (const [id, number] of Object.entries(cursor.open)) {
        const now = Math.max(0, receivables.get(number) ?? 0);
        const known = cursor.due?.[id];
        if (known !== undefined && now >= known) {
          // Unchanged, or raised in Exact (a match undone there): remembered, never raised here.
          if (now > known) {
            due[id] = now;
            remembered = true;
          }
          continue;
        }
        openAmounts.push({ number, openCents: now });
        if (now === 0) {
          delete open[id];
          delete due[id];
        } else due[id] = now;
        if (openAmounts.length >= OPEN_AMOUNTS_PER_PAGE) {
          cursor = { ...cursor, open: { ...open }, due: { ...due } };
          yield page({ openAmounts }, cursor);
          openAmounts = [];
          remembered = false;
        }
      }
      if (openAmounts.length > 0 || remembered) {
        cursor = { ...cursor, open, due };
        yield page({ openAmounts }, cursor);
      }
    },
  };

  /** What is still to be received per invoice number (the receivables list has a row per open term). */
  async function readReceivables(signal?: AbortSignal): Promise<Map<string, number>> {
    const open = new Map<string, number>();
    for await (const rows of pages(
      `${apiUrl}/read/financial/ReceivablesList?$select=InvoiceNumber,Amount,AccountCode,CurrencyCode`,
      signal,
    )) {
      for (const row of parseRows(ZExactReceivable, rows, 'receivable')) {
        const number = numberText(row.InvoiceNumber);
        if (!number || row.Amount == null) continue;
        open.set(number, (open.get(number) ?? 0) + decimalToCents(row.Amount));
      }
    }
    return open;
  }

  /** The codes of accounts this sync has not seen (unchanged since the last one), 20 ids per call. */
  async function learnCodes(
    ids: readonly (string | null)[],
    codes: Map<string, string>,
    signal?: AbortSignal,
  ) {
    const unknown = [...new Set(ids.filter((id): id is string => id !== null && !codes.has(id)))];
    for (let at = 0; at < unknown.length; at += 20) {
      const filter = unknown
        .slice(at, at + 20)
        .map((id) => `ID eq guid'${id.replace(/[^0-9a-fA-F-]/g, '')}'`)
        .join(' or ');
      for await (const rows of pages(
        `${apiUrl}/crm/Accounts?$select=ID,Code&$filter=${encodeURIComponent(filter)}`,
        signal,
      )) {
        for (const row of parseRows(ZExactAccountCode, rows, 'account code')) {
          if (row.Code?.trim()) codes.set(row.ID, row.Code.trim());
        }
      }
    }
  }
}

function mapSale(
  sale: ExactSalesInvoice,
  codes: ReadonlyMap<string, string>,
  receivables: ReadonlyMap<string, number>,
): { kind: 'invoice'; invoice: LedgerInvoice } | { kind: 'credit'; creditNote: LedgerCreditNote } | null {
  // Drafts and open (unsent, still editable) invoices are not owed yet.
  if (sale.Status !== PROCESSED) return null;
  const number = numberText(sale.InvoiceNumber);
  const account = sale.InvoiceTo ?? sale.OrderedBy ?? null;
  const debtorReference = account ? codes.get(account) : undefined;
  const issueDate = parseExactDate(sale.InvoiceDate);
  const amount = sale.AmountFC ?? sale.AmountDC;
  if (!number || !debtorReference || !issueDate || amount == null) return null;
  const cents = decimalToCents(amount);
  if (CREDIT_NOTE_TYPES.has(sale.Type ?? 0) || cents < 0) {
    // Exact's sales invoice does not name the invoice a credit note is for: it is reported, not applied
    // (Exact matches it there, and the invoice's open amount from the receivables list shows it).
    return {
      kind: 'credit',
      creditNote: {
        externalId: sale.InvoiceID,
        debtorReference,
        invoiceNumber: null,
        amountCents: Math.abs(cents),
        date: issueDate,
      },
    };
  }
  const openCents = Math.max(0, Math.min(receivables.get(number) ?? 0, cents));
  return {
    kind: 'invoice',
    invoice: {
      number,
      debtorReference,
      currency: sale.Currency?.trim().toUpperCase() || 'EUR',
      amountCents: cents,
      openCents,
      issueDate,
      dueDate: parseExactDate(sale.DueDate) ?? issueDate,
      poNumber: sale.YourRef?.trim() || null,
      state: openCents > 0 ? 'open' : 'paid',
    },
  };
}

function numberText(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text && text !== '0' ? text : null;
}

function page(changes: Partial<Omit<LedgerPage, 'cursor'>>, cursor: Cursor): LedgerPage {
  return { ...EMPTY, ...changes, cursor: JSON.stringify(cursor) };
}

function readCursor(text: string): Cursor {
  try {
    return ZCursor.parse(JSON.parse(text));
  } catch (cause) {
    throw new AppError(
      'DATA_INVALID',
      'The stored Exact Online sync cursor is not one this version wrote; run a full sync (`collections sync ledger --full`).',
      { cause },
    );
  }
}

function badShape(where: string, error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError(
    'CHANNEL_UNAVAILABLE',
    `Exact Online sent ${where} in an unexpected shape (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}); the sync stopped before writing it.`,
  );
}
