import { AppError } from '../../domain/errors/app-error.ts';
import type { LedgerPage, LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import { reconcileImportedInvoice } from '../../domain/ledger/reconcile-imported-invoice.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { toMajorUnits } from '../../domain/money.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { insertSystemMessages } from '../messages/insert-system-messages.ts';
import { stopDunningForPaidInvoices } from '../payments/stop-dunning-for-paid-invoices.ts';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import { INVOICE_COLUMNS, PAYMENT_COLUMNS } from '../sql/row-columns.ts';
import { loadImportFacts } from './load-import-facts.ts';
import { upsertLedgerDebtors } from './upsert-ledger-debtors.ts';

/** What one page changed; the sync adds the pages up. */
export interface LedgerPageChanges {
  debtorsCreated: number;
  debtorsUpdated: number;
  contactsCreated: number;
  invoicesCreated: number;
  invoicesUpdated: number;
  /** Open here, settled by this page: the package marked it paid or its payments did. */
  invoicesPaid: number;
  invoicesReopened: number;
  /** Credit notes that took money off an invoice here (its figure was not in the page). */
  creditNotesApplied: number;
  /** Credit notes whose invoice's figure in the same page already counts them. */
  creditNotesInFigure: number;
  /** Credit notes that name no invoice (or one we do not have): reported, not applied. */
  creditNotesUnlinked: number;
  paymentsBooked: number;
  invoicesDeleted: number;
  notes: string[];
}

export const NO_LEDGER_CHANGES: Readonly<LedgerPageChanges> = Object.freeze({
  debtorsCreated: 0,
  debtorsUpdated: 0,
  contactsCreated: 0,
  invoicesCreated: 0,
  invoicesUpdated: 0,
  invoicesPaid: 0,
  invoicesReopened: 0,
  creditNotesApplied: 0,
  creditNotesInFigure: 0,
  creditNotesUnlinked: 0,
  paymentsBooked: 0,
  invoicesDeleted: 0,
  notes: [],
});

interface InvoiceRow {
  readonly id: string;
  readonly number: string;
  readonly debtorId: string;
  readonly currency: string;
  readonly amountCents: number;
  readonly openCents: number;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly poNumber: string | null;
  readonly status: InvoiceStatus;
}

const SETTLED: readonly InvoiceStatus[] = ['paid', 'credited', 'written_off'];
const PACKAGE: Record<LedgerSourceName, string> = {
  moneybird: 'Moneybird',
  'exact-online': 'Exact Online',
  csv: 'the ledger export',
};
const eur = (cents: number, currency: string) =>
  `${currency === 'EUR' ? '€' : `${currency} `}${toMajorUnits(cents)}`;

/**
 * One page of what an accounting package says, inside the caller's transaction (the sync writes
 * the page's cursor in the same one). The package owns its figures, except where this app knows
 * a later fact: an invoice's open amount goes through the CSV import's rule
 * (reconcileImportedInvoice, without an as-of: never above what our own payments left), so a
 * payment recorded here that the bookkeeper has not booked yet is never undone.
 *
 * Payments and credit notes booked in the package are in its invoice figures already. So they
 * are recorded (a `payment` row with source `ledger:<package>`; a `ledger_credit_note` row),
 * once by their external id, and take money off an invoice here only when that invoice's figure
 * is not in the same page. An invoice that ends with nothing open ends dunning as a payment
 * does (stopDunningForPaidInvoices); one deleted in the package is `credited` with nothing open
 * (it is owed by nobody; `written_off` would say we gave up on money owed). Each such change is a
 * `system` line on the debtor's timeline. Writing the same page twice changes nothing.
 *
 * An open amount the package lowered without changing the invoice (page.openAmounts: a payment
 * the bookkeeper matched in Exact) lowers it here too, and nothing left settles the invoice as
 * a payment does; it never raises one, nor touches an invoice settled here.
 */
export async function writeLedgerPage({
  tx,
  source,
  page,
  now,
}: {
  tx: Prisma.TransactionClient;
  source: LedgerSourceName;
  page: LedgerPage;
  now: Date;
}): Promise<LedgerPageChanges> {
  const actor = `ledger:${source}`;
  const name = PACKAGE[source];
  const changes: LedgerPageChanges = { ...NO_LEDGER_CHANGES, notes: [] };
  const debtors = await upsertLedgerDebtors({ tx, debtors: page.debtors });
  changes.debtorsCreated = debtors.created;
  changes.debtorsUpdated = debtors.updated;
  changes.contactsCreated = debtors.contactsCreated;

  const debtorIds = new Map(debtors.ids);
  const missing = [
    ...new Set(
      [...page.invoices, ...page.payments, ...page.creditNotes]
        .map((item) => item.debtorReference)
        .filter((reference) => !debtorIds.has(reference)),
    ),
  ];
  if (missing.length > 0) {
    for (const debtor of await tx.$queryRawUnsafe<{ id: string; reference: string }[]>(
      `SELECT id::text AS id, reference FROM debtor WHERE reference = ANY($1::text[])`,
      missing,
    ))
      debtorIds.set(debtor.reference, debtor.id);
  }
  const unknown = page.invoices.find((invoice) => !debtorIds.has(invoice.debtorReference));
  if (unknown) {
    throw new AppError(
      'IMPORT_INVALID',
      `${name} lists invoice ${unknown.number} for debtor ${unknown.debtorReference}, which it did not send and we do not have. Nothing of this page was written; run \`collections sync ledger --full\` to read the debtors again.`,
    );
  }

  // Every invoice this page touches, locked in one order (a payment recorded meanwhile waits).
  const numbers = [
    ...new Set([
      ...page.invoices.map((invoice) => invoice.number),
      ...page.payments.map((payment) => payment.invoiceNumber),
      ...page.creditNotes.flatMap((note) => (note.invoiceNumber ? [note.invoiceNumber] : [])),
      ...page.deletedInvoiceNumbers,
      ...(page.openAmounts ?? []).map((figure) => figure.number),
    ]),
  ];
  const before = new Map(
    (numbers.length === 0
      ? []
      : await tx.$queryRawUnsafe<InvoiceRow[]>(
          `SELECT id::text AS id, number, debtor_id::text AS "debtorId", trim(currency) AS currency,
                  amount_cents AS "amountCents", open_cents AS "openCents",
                  to_char(issue_date, 'YYYY-MM-DD') AS "issueDate", to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
                  po_number AS "poNumber", status::text AS status
             FROM invoice WHERE number = ANY($1::text[]) ORDER BY number FOR UPDATE`,
          numbers,
        )
    ).map((row) => [row.number, row]),
  );
  const after = new Map(before);
  const inFigure = new Set(page.invoices.map((invoice) => invoice.number));
  const lines: { key: string; invoice: InvoiceRow; subject: string; text: string }[] = [];

  // New invoices first, so this page's payments and credit notes can name them.
  const fresh = new Map<string, Record<string, unknown>>();
  for (const invoice of page.invoices) {
    if (before.has(invoice.number)) continue;
    const debtorId = debtorIds.get(invoice.debtorReference)!;
    const openCents = invoice.state === 'paid' ? 0 : Math.max(0, invoice.openCents);
    fresh.set(invoice.number, {
      number: invoice.number,
      debtor_id: debtorId,
      currency: invoice.currency,
      amount_cents: invoice.amountCents,
      open_cents: openCents,
      issue_date: invoice.issueDate,
      due_date: invoice.dueDate,
      po_number: invoice.poNumber,
      status: openCents === 0 ? 'paid' : 'open',
    });
  }
  for (const row of await insertJsonRows<InvoiceRow>({
    db: tx,
    table: 'invoice',
    columns: { ...INVOICE_COLUMNS, currency: 'text' },
    rows: [...fresh.values()],
    extra: { id: 'gen_random_uuid()', updated_at: 'now()' },
    returning: `id::text AS id, number, debtor_id::text AS "debtorId", trim(currency) AS currency,
      amount_cents AS "amountCents", open_cents AS "openCents", to_char(issue_date, 'YYYY-MM-DD') AS "issueDate",
      to_char(due_date, 'YYYY-MM-DD') AS "dueDate", po_number AS "poNumber", status::text AS status`,
  })) {
    before.set(row.number, row);
    after.set(row.number, row);
  }
  changes.invoicesCreated = fresh.size;

  // Credit notes before the figures: an invoice's figure is reconciled with what was credited.
  const notes = await insertJsonRows<{ externalId: string }>({
    db: tx,
    table: 'ledger_credit_note',
    columns: {
      source: 'text',
      external_id: 'text',
      debtor_reference: 'text',
      invoice_number: 'text',
      invoice_id: 'uuid',
      amount_cents: 'int',
      date: 'date',
      outcome: 'text',
    },
    rows: page.creditNotes.map((note) => {
      const invoice = note.invoiceNumber ? before.get(note.invoiceNumber) : undefined;
      const invoiceInPage = note.invoiceNumber !== null && inFigure.has(note.invoiceNumber);
      return {
        source,
        external_id: note.externalId,
        debtor_reference: note.debtorReference,
        invoice_number: note.invoiceNumber,
        invoice_id: invoice?.id ?? null,
        amount_cents: note.amountCents,
        date: note.date,
        outcome: !note.invoiceNumber
          ? 'unlinked'
          : invoiceInPage
            ? 'in_figure'
            : invoice
              ? 'applied'
              : 'unknown_invoice',
      };
    }),
    onConflict: 'ON CONFLICT (source, external_id) DO NOTHING',
    returning: 'external_id AS "externalId"',
  });
  const newNotes = new Set(notes.map((note) => note.externalId));
  const credited = await loadCredited({ tx, source, invoiceIds: [...before.values()].map((i) => i.id) });
  const facts = await loadImportFacts({ tx, invoiceIds: [...before.values()].map((invoice) => invoice.id) });

  const reopened: InvoiceRow[] = [];
  for (const invoice of page.invoices) {
    if (fresh.has(invoice.number)) continue;
    const debtorId = debtorIds.get(invoice.debtorReference)!;
    const openCents = invoice.state === 'paid' ? 0 : Math.max(0, invoice.openCents);
    const existing = before.get(invoice.number)!;
    if (existing.debtorId !== debtorId) {
      throw new AppError(
        'IMPORT_INVALID',
        `${name} lists invoice ${invoice.number} for debtor ${invoice.debtorReference}, but here it belongs to another debtor. Nothing of this page was written; correct it in ${name} or here.`,
      );
    }
    const decision = reconcileImportedInvoice({
      invoiceNumber: invoice.number,
      current: after.get(invoice.number)!,
      // What our own payments leave is counted from the amount less what was credited.
      ledger: {
        amountCents: Math.max(0, invoice.amountCents - (credited.get(existing.id) ?? 0)),
        openCents,
      },
      appPayments: facts.payments.get(existing.id) ?? [],
      asOf: null,
      heldStatus: facts.held.get(existing.id) ?? null,
    });
    if (decision.note) changes.notes.push(decision.note);
    if (decision.reopened) reopened.push(existing);
    after.set(invoice.number, {
      ...existing,
      currency: invoice.currency,
      amountCents: invoice.amountCents,
      openCents: decision.openCents,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      poNumber: invoice.poNumber,
      status: decision.status,
    });
  }

  // Payments booked in the package: recorded once; money off here only without the figure.
  const booked = await insertJsonRows<{ externalId: string }>({
    db: tx,
    table: 'payment',
    columns: PAYMENT_COLUMNS,
    rows: page.payments.flatMap((payment) => {
      const invoice = before.get(payment.invoiceNumber);
      if (!invoice) {
        changes.notes.push(
          `payment ${payment.externalId} of ${toMajorUnits(payment.amountCents)} on invoice ${payment.invoiceNumber}: the invoice is not here, payment not recorded`,
        );
        return [];
      }
      return [
        {
          debtor_id: invoice.debtorId,
          invoice_id: invoice.id,
          amount_cents: payment.amountCents,
          currency: invoice.currency,
          // Booked on a day; noon in Amsterdam is that day for every reader.
          received_at: `${payment.date}T12:00:00+01:00`,
          source: actor,
          reference: payment.invoiceNumber,
          external_id: `${actor}:${payment.externalId}`,
        },
      ];
    }),
    extra: { id: 'gen_random_uuid()' },
    onConflict: 'ON CONFLICT (external_id) DO NOTHING',
    returning: 'external_id AS "externalId"',
  });
  // A payment or credit note booked in the package takes money off the invoice here (unless it is
  // settled already); nothing left: settled as `settled`. Answers what is still open.
  const takeOff = (invoiceNumber: string, cents: number, settled: 'paid' | 'credited'): number => {
    const current = after.get(invoiceNumber)!;
    if (SETTLED.includes(current.status)) return current.openCents;
    const still = Math.max(0, current.openCents - cents);
    after.set(invoiceNumber, {
      ...current,
      openCents: still,
      status: still === 0 ? settled : current.status,
    });
    return still;
  };
  const newPayments = new Set(booked.map((row) => row.externalId));
  for (const payment of page.payments) {
    if (!newPayments.has(`${actor}:${payment.externalId}`)) continue;
    changes.paymentsBooked += 1;
    const current = after.get(payment.invoiceNumber)!;
    const still = inFigure.has(payment.invoiceNumber)
      ? current.openCents
      : takeOff(payment.invoiceNumber, payment.amountCents, 'paid');
    lines.push({
      key: `payment:${payment.externalId}`,
      invoice: current,
      subject: `Payment booked in ${name} for invoice ${payment.invoiceNumber}`,
      text: `${name} booked a payment of ${eur(payment.amountCents, current.currency)} on ${payment.date} for invoice ${payment.invoiceNumber}. ${stillOpen(still, current.currency)}`,
    });
  }

  for (const note of page.creditNotes) {
    if (!newNotes.has(note.externalId)) continue;
    const current = note.invoiceNumber ? after.get(note.invoiceNumber) : undefined;
    if (!note.invoiceNumber || !current) {
      changes.creditNotesUnlinked += 1;
      changes.notes.push(
        note.invoiceNumber
          ? `credit note ${note.externalId} of ${toMajorUnits(note.amountCents)} (debtor ${note.debtorReference}) credits invoice ${note.invoiceNumber}, which is not here: not applied`
          : `credit note ${note.externalId} of ${toMajorUnits(note.amountCents)} (debtor ${note.debtorReference}) names no invoice: not applied; settle it by hand in ${name} if it should lower an invoice`,
      );
      continue;
    }
    let still = current.openCents;
    if (inFigure.has(note.invoiceNumber)) {
      changes.creditNotesInFigure += 1;
    } else {
      changes.creditNotesApplied += 1;
      still = takeOff(note.invoiceNumber, note.amountCents, 'credited');
    }
    lines.push({
      key: `credit-note:${note.externalId}`,
      invoice: current,
      subject: `Credit note for invoice ${note.invoiceNumber}`,
      text: `${name} booked a credit note of ${eur(note.amountCents, current.currency)} on ${note.date} against invoice ${note.invoiceNumber}. ${stillOpen(still, current.currency)}`,
    });
  }

  const deleted: InvoiceRow[] = [];
  for (const number of new Set(page.deletedInvoiceNumbers)) {
    const current = after.get(number);
    if (!current || inFigure.has(number) || (current.status === 'credited' && current.openCents === 0))
      continue;
    deleted.push(current);
    after.set(number, { ...current, openCents: 0, status: 'credited' });
    lines.push({
      key: `deleted:${number}:${now.toISOString()}`,
      invoice: current,
      subject: `Invoice ${number} deleted in ${name}`,
      text: `Invoice ${number} no longer exists in ${name}: nothing is owed on it any more (${eur(current.openCents, current.currency)} was open here). Dunning stopped.`,
    });
  }
  changes.invoicesDeleted = deleted.length;

  // Open amounts the package lowered without changing the invoice (a payment matched there).
  const lowered = new Set<string>();
  for (const figure of page.openAmounts ?? []) {
    const current = after.get(figure.number);
    const still = Math.max(0, figure.openCents);
    if (!current || inFigure.has(figure.number) || SETTLED.includes(current.status)) continue;
    if (still >= current.openCents) continue;
    lowered.add(figure.number);
    after.set(figure.number, { ...current, openCents: still, status: still === 0 ? 'paid' : current.status });
    lines.push({
      key: `open-amount:${figure.number}:${still}`,
      invoice: current,
      subject: still === 0 ? `Invoice ${figure.number} paid` : `Part payment on invoice ${figure.number}`,
      text:
        still === 0
          ? `${name} no longer lists invoice ${figure.number} as owed: a payment or credit note was matched to it there (${eur(current.openCents, current.currency)} was open here). Dunning stopped.`
          : `${name} shows ${eur(still, current.currency)} still open on invoice ${figure.number} (${eur(current.openCents, current.currency)} was open here): a payment or credit note was matched to it there.`,
    });
  }

  const changed = [...after.values()].filter((row) => isChanged(before.get(row.number)!, row));
  changes.invoicesUpdated = changed.filter(
    (row) => inFigure.has(row.number) || lowered.has(row.number),
  ).length;
  changes.invoicesReopened = reopened.length;
  if (changed.length > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE invoice i SET currency = r.currency, amount_cents = r.amount_cents, open_cents = r.open_cents,
              issue_date = r.issue_date, due_date = r.due_date, po_number = r.po_number, status = r.status,
              updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, currency text, amount_cents int, open_cents int,
              issue_date date, due_date date, po_number text, status "InvoiceStatus")
        WHERE i.id = r.id`,
      JSON.stringify(
        changed.map((row) => ({
          id: row.id,
          currency: row.currency,
          amount_cents: row.amountCents,
          open_cents: row.openCents,
          issue_date: row.issueDate,
          due_date: row.dueDate,
          po_number: row.poNumber,
          status: row.status,
        })),
      ),
    );
  }

  // Settled by this page: dunning ends exactly as it does for a payment.
  const deletedIds = new Set(deleted.map((row) => row.id));
  const settledBy = (status: InvoiceStatus) =>
    [...after.values()].filter((row) => {
      const was = before.get(row.number)!;
      return row.status === status && !SETTLED.includes(was.status) && !deletedIds.has(row.id);
    });
  const paid = settledBy('paid');
  const creditedNow = settledBy('credited');
  changes.invoicesPaid = paid.length;
  const told = new Set(lines.map((line) => line.invoice.id));
  for (const invoice of paid) {
    if (told.has(invoice.id)) continue;
    lines.push({
      key: `paid:${invoice.number}:${now.toISOString()}`,
      invoice,
      subject: `Invoice ${invoice.number} paid`,
      text: `${name} shows invoice ${invoice.number} as paid (${eur(before.get(invoice.number)!.openCents, invoice.currency)} was open here). Dunning stopped.`,
    });
  }
  const audit: Prisma.AuditEventCreateManyInput[] = [
    ...(await stopDunningForPaidInvoices({ tx, invoices: paid, actor, now })),
    ...(await stopDunningForPaidInvoices({ tx, invoices: creditedNow, actor, now, reason: 'credited' })),
    ...(await stopDunningForPaidInvoices({ tx, invoices: deleted, actor, now, reason: 'deleted' })),
    ...reopened.map((invoice) => ({
      actor,
      type: 'invoice.reopened',
      entityType: 'invoice',
      entityId: invoice.id,
      data: { number: invoice.number, from: 'paid', to: after.get(invoice.number)!.status },
    })),
  ];
  await insertSystemMessages({
    db: tx,
    kind: 'ledger',
    messages: lines.map((line) => ({
      externalId: `${actor}:${line.key}`,
      debtorId: line.invoice.debtorId,
      invoiceId: line.invoice.id,
      subject: line.subject,
      text: line.text,
    })),
    now,
    skipExisting: true,
  });
  const counts = Object.entries(changes).filter(([key, value]) => key !== 'notes' && value !== 0);
  if (counts.length > 0 || changes.notes.length > 0) {
    audit.push({
      actor,
      type: 'ledger.synced',
      entityType: 'ledger',
      entityId: source,
      data: { ...Object.fromEntries(counts), ...(changes.notes.length > 0 ? { notes: changes.notes } : {}) },
    });
  }
  await insertAuditEvents({ db: tx, events: audit });
  return changes;
}

function isChanged(before: InvoiceRow, after: InvoiceRow): boolean {
  return (
    before.currency !== after.currency ||
    before.amountCents !== after.amountCents ||
    before.openCents !== after.openCents ||
    before.issueDate !== after.issueDate ||
    before.dueDate !== after.dueDate ||
    before.poNumber !== after.poNumber ||
    before.status !== after.status
  );
}

/** What the package credited on each invoice (applied or in its figure), from the notes recorded. */
async function loadCredited({
  tx,
  source,
  invoiceIds,
}: {
  tx: Prisma.TransactionClient;
  source: string;
  invoiceIds: readonly string[];
}): Promise<Map<string, number>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<{ invoiceId: string; cents: number }[]>(
    `SELECT invoice_id::text AS "invoiceId", sum(amount_cents)::int AS cents FROM ledger_credit_note
      WHERE source = $1 AND invoice_id = ANY($2::uuid[]) AND outcome IN ('applied', 'in_figure')
      GROUP BY invoice_id`,
    source,
    invoiceIds,
  );
  return new Map(rows.map((row) => [row.invoiceId, row.cents]));
}

/** The end of a booking's timeline line: what is still open on the invoice. */
function stillOpen(cents: number, currency: string): string {
  return cents === 0 ? 'Nothing is open on it any more.' : `Still open: ${eur(cents, currency)}.`;
}
